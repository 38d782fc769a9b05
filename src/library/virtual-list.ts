/**
 * A list that renders only the rows in view (plus a margin), so that 10,000 saved articles open
 * as fast as 10: the scroll height comes from a spacer, rows are absolutely placed at
 * index * rowHeight and rebuilt on scroll.
 */
export interface VirtualList<T> {
  /** Replaces the items (e.g. a new search result) and scrolls back to the top if asked. */
  setItems(items: readonly T[], options?: { keepScroll?: boolean }): void;
  /** Re-renders the rows in view (e.g. after a selection change). */
  refresh(): void;
  /** The index of the first row in view. */
  firstVisible(): number;
}

const OVERSCAN = 6;

export function createVirtualList<T>(
  viewport: HTMLElement,
  rowHeight: number,
  renderRow: (item: T, index: number) => HTMLElement,
): VirtualList<T> {
  const doc = viewport.ownerDocument;
  const space = doc.createElement('div');
  space.className = 'lib-list-space';
  space.setAttribute('role', 'presentation');
  viewport.replaceChildren(space);
  let items: readonly T[] = [];
  let frame = 0;

  function render(): void {
    frame = 0;
    const height = viewport.clientHeight || doc.documentElement.clientHeight;
    const first = Math.max(0, Math.floor(viewport.scrollTop / rowHeight) - OVERSCAN);
    const last = Math.min(
      items.length,
      Math.ceil((viewport.scrollTop + height) / rowHeight) + OVERSCAN,
    );
    const rows: HTMLElement[] = [];
    for (let index = first; index < last; index++) {
      const item = items[index];
      if (item === undefined) continue;
      const row = renderRow(item, index);
      row.style.top = `${index * rowHeight}px`;
      row.style.height = `${rowHeight}px`;
      row.setAttribute('aria-posinset', String(index + 1));
      row.setAttribute('aria-setsize', String(items.length));
      rows.push(row);
    }
    space.replaceChildren(...rows);
  }

  viewport.addEventListener('scroll', () => {
    frame ||= requestAnimationFrame(render);
  });
  doc.defaultView?.addEventListener('resize', () => {
    frame ||= requestAnimationFrame(render);
  });

  return {
    setItems(next, options = {}) {
      items = next;
      space.style.height = `${items.length * rowHeight}px`;
      if (!options.keepScroll) viewport.scrollTop = 0;
      render();
    },
    refresh: render,
    firstVisible: () => Math.floor(viewport.scrollTop / rowHeight),
  };
}
