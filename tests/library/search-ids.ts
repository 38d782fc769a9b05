/** The ids (canonical URLs) a library search finds, for readable assertions. */
import { searchLibrary } from '../../src/platform/library/library-search';
import { allSummaries } from '../../src/platform/library/library-store';

export async function idsFound(query: string): Promise<Set<string> | null> {
  const docs = await searchLibrary(query);
  if (!docs) return null;
  const summaries = await allSummaries();
  return new Set(summaries.filter((s) => docs.has(s.doc)).map((s) => s.id));
}
