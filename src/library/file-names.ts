/** File names for exports: readable, safe on every file system, unique within one archive. */

/** "Stoltenberg: Russia's staff expelled!" -> "stoltenberg-russias-staff-expelled". */
export function slugOf(title: string, fallback = 'article'): string {
  const slug = title
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
  return slug || fallback;
}

/** Hands out names for files of one archive, numbering repeats ("a.md", "a-2.md"). */
export function uniqueNamer(): (base: string, extension: string) => string {
  const used = new Set<string>();
  return (base, extension) => {
    let name = `${base}.${extension}`;
    for (let n = 2; used.has(name); n++) name = `${base}-${n}.${extension}`;
    used.add(name);
    return name;
  };
}

/** Today as YYYY-MM-DD, for archive names. */
export function dateStamp(now = new Date()): string {
  return now.toISOString().slice(0, 10);
}
