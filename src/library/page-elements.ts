/** Looks up the library page's fixed elements, failing loudly when library.html lacks one. */
export function byId<T extends HTMLElement>(id: string, type: new () => T): T {
  const element = document.getElementById(id);
  if (!(element instanceof type)) throw new Error(`library.html lacks #${id}`);
  return element;
}
