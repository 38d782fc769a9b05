/**
 * Library page entry: wires the list, search, filters, selection, reading view, exports and
 * import to the store. Logic lives in the modules it imports.
 */
import './library.css';
import { searchLibrary } from '../platform/library/library-search';
import {
  allSummaries,
  countArticles,
  deleteArticles,
  getArticle,
  getArticles,
  newestSummaries,
  putArticles,
} from '../platform/library/library-store';
import { onLibraryChange } from '../platform/library/library-changes';
import type { ArticleSummary, SavedArticle } from '../platform/library/saved-article';
import type { PurifierWindow } from '../core/sanitize';
import type { ExportFile } from './export-markdown';
import { applyFilters, siteOptions, sourceSuggestions, type Filters } from './library-model';
import { renderListRow } from './list-row';
import { createToast } from './undo-toast';
import { createVirtualList } from './virtual-list';
import { byId } from './page-elements';

const ROW_HEIGHT = 64;
const actions = () => import('./library-actions');
/** Enough rows for the first screen; the rest loads right after the first paint. */
const FIRST_SCREEN = 40;

const ui = {
  search: byId('lib-search', HTMLInputElement),
  site: byId('lib-site', HTMLSelectElement),
  source: byId('lib-source', HTMLInputElement),
  sourceNames: byId('lib-source-names', HTMLDataListElement),
  selectAll: byId('lib-select-all', HTMLInputElement),
  count: byId('lib-count', HTMLElement),
  list: byId('lib-list', HTMLElement),
  empty: byId('lib-empty', HTMLElement),
  main: byId('lib-main', HTMLElement),
  reading: byId('lib-reading', HTMLElement),
  article: byId('lib-article', HTMLElement),
  original: byId('lib-original', HTMLAnchorElement),
  importFile: byId('lib-import', HTMLInputElement),
  buttons: {
    delete: byId('lib-delete', HTMLButtonElement),
    md: byId('lib-export-md', HTMLButtonElement),
    html: byId('lib-export-html', HTMLButtonElement),
    epub: byId('lib-export-epub', HTMLButtonElement),
    json: byId('lib-export-json', HTMLButtonElement),
    back: byId('lib-back', HTMLButtonElement),
    oneMd: byId('lib-one-md', HTMLButtonElement),
    oneHtml: byId('lib-one-html', HTMLButtonElement),
    oneDelete: byId('lib-one-delete', HTMLButtonElement),
  },
};
const toast = createToast(
  byId('lib-toast', HTMLElement),
  byId('lib-toast-text', HTMLElement),
  byId('lib-undo', HTMLButtonElement),
);

let all: ArticleSummary[] = [];
let total = 0;
let shown: ArticleSummary[] = [];
const filters: Filters = { matches: null, domain: '', source: '' };
const selected = new Set<string>();
let searchRun = 0;
let opened: SavedArticle | null = null;

const list = createVirtualList<ArticleSummary>(ui.list, ROW_HEIGHT, (summary) =>
  renderListRow(document, summary, selected.has(summary.id), (id, on) => {
    if (on) selected.add(id);
    else selected.delete(id);
    updateToolbar();
  }),
);

function updateToolbar(): void {
  const none = selected.size === 0;
  for (const button of [ui.buttons.delete, ui.buttons.md, ui.buttons.html, ui.buttons.epub]) {
    button.disabled = none;
  }
  ui.buttons.delete.textContent = none ? 'Delete' : `Delete ${selected.size}`;
  ui.buttons.json.textContent = none ? 'Export all (JSON)' : `Export ${selected.size} (JSON)`;
  ui.selectAll.checked = shown.length > 0 && shown.every((summary) => selected.has(summary.id));
}

function updateCount(): void {
  const of = total.toLocaleString();
  const filtered = filters.matches || filters.domain || filters.source.trim();
  ui.count.textContent = filtered
    ? `${shown.length.toLocaleString()} of ${of} articles`
    : `${of} article${total === 1 ? '' : 's'}`;
  ui.empty.hidden = shown.length > 0 || !all.length;
  ui.empty.textContent = 'No saved article matches.';
}

function show(options: { keepScroll?: boolean } = {}): void {
  shown = applyFilters(all, filters);
  list.setItems(shown, options);
  updateCount();
  updateToolbar();
}

function fillFilterOptions(): void {
  const current = ui.site.value;
  const first = ui.site.options[0] ?? null;
  ui.site.replaceChildren(...(first ? [first] : []));
  for (const site of siteOptions(all)) {
    ui.site.add(new Option(`${site.label} (${site.count})`, site.domain));
  }
  ui.site.value = [...ui.site.options].some((o) => o.value === current) ? current : '';
  ui.sourceNames.replaceChildren(...sourceSuggestions(all).map((name) => new Option(name)));
}

async function reload(): Promise<void> {
  all = await allSummaries();
  total = all.length;
  const present = new Set(all.map((summary) => summary.id));
  for (const id of selected) if (!present.has(id)) selected.delete(id);
  if (ui.search.value.trim()) filters.matches = await searchLibrary(ui.search.value);
  fillFilterOptions();
  show({ keepScroll: true });
  ui.list.setAttribute('aria-busy', 'false');
}

/** The library's size, before the full list is loaded (which then keeps it up to date). */
function showTotal(count: number): void {
  total = count;
  updateCount();
  ui.empty.hidden = count > 0;
  ui.empty.textContent =
    'Nothing saved yet. Save articles from the Sourcelight button or the page’s context menu.';
}

/** The first screen from one small read: the newest rows, and only then the count. */
async function firstPaint(): Promise<void> {
  ui.list.setAttribute('aria-busy', 'true');
  const newest = await newestSummaries(FIRST_SCREEN);
  shown = newest;
  list.setItems(newest);
  // Fewer than a screenful is the whole library. Otherwise count after the rows are in: counting
  // walks the whole store, tens of ms at 10,000 articles (npm run bench:library).
  const complete = newest.length < FIRST_SCREEN;
  if (complete) showTotal(newest.length);
  performance.mark('sourcelight:library-first-rows');
  if (!complete) showTotal(await countArticles());
}

async function runSearch(): Promise<void> {
  const run = ++searchRun;
  ui.list.setAttribute('aria-busy', 'true');
  const matches = await searchLibrary(ui.search.value);
  if (run !== searchRun) return;
  filters.matches = matches;
  show();
  ui.list.setAttribute('aria-busy', 'false');
}

type Actions = Awaited<ReturnType<typeof actions>>;

async function withSelection(
  act: (loaded: Actions, articles: SavedArticle[]) => ExportFile,
): Promise<void> {
  const ids = shown.filter((summary) => selected.has(summary.id)).map((summary) => summary.id);
  const [loaded, articles] = await Promise.all([actions(), getArticles(ids)]);
  loaded.downloadFile(document, act(loaded, articles));
}

async function remove(ids: string[]): Promise<void> {
  const deleted = await deleteArticles(ids);
  for (const id of ids) selected.delete(id);
  await reload();
  const what =
    deleted.length === 1 ? `“${deleted[0]?.article.title}”` : `${deleted.length} articles`;
  toast.offerUndo(`Deleted ${what}.`, async () => {
    await putArticles(deleted, 'Undo');
    await reload();
  });
}

async function route(): Promise<void> {
  const match = /^#article=(.+)$/.exec(location.hash);
  const saved = match?.[1] ? await getArticle(decodeURIComponent(match[1])) : undefined;
  if (!saved) {
    opened = null;
    if (match) (await actions()).closeSavedArticle();
    ui.reading.hidden = true;
    ui.main.hidden = false;
    document.title = 'Sourcelight library';
    return;
  }
  opened = saved;
  ui.main.hidden = true;
  ui.reading.hidden = false;
  ui.original.href = saved.url;
  document.title = `${saved.article.title} · Sourcelight library`;
  (await actions()).showSavedArticle(ui.article, saved);
  window.scrollTo(0, 0);
}

function report(task: Promise<void>): void {
  task.catch((error: unknown) => toast.say(error instanceof Error ? error.message : String(error)));
}

ui.search.addEventListener('input', () => report(runSearch()));
ui.site.addEventListener('change', () => {
  filters.domain = ui.site.value;
  show();
});
ui.source.addEventListener('input', () => {
  filters.source = ui.source.value;
  show();
});
ui.selectAll.addEventListener('change', () => {
  for (const summary of shown) {
    if (ui.selectAll.checked) selected.add(summary.id);
    else selected.delete(summary.id);
  }
  list.refresh();
  updateToolbar();
});
ui.buttons.delete.addEventListener('click', () => report(remove([...selected])));
ui.buttons.md.addEventListener('click', () =>
  report(withSelection((loaded, articles) => loaded.markdownExport(articles))),
);
ui.buttons.html.addEventListener('click', () =>
  report(withSelection((loaded, articles) => loaded.htmlExport(document, articles))),
);
ui.buttons.epub.addEventListener('click', () =>
  report(withSelection((loaded, articles) => loaded.epubExport(document, articles))),
);
ui.buttons.json.addEventListener('click', () =>
  report(
    (async () => {
      if (selected.size) return withSelection((loaded, articles) => loaded.jsonExport(articles));
      const [loaded, articles] = await Promise.all([actions(), getArticles(all.map((s) => s.id))]);
      loaded.downloadFile(document, loaded.jsonExport(articles));
    })(),
  ),
);
ui.importFile.addEventListener('change', () => {
  const file = ui.importFile.files?.[0];
  ui.importFile.value = '';
  if (!file) return;
  report(
    (async () => {
      const { importLibraryJson } = await actions();
      const result = await importLibraryJson(
        await file.text(),
        window as unknown as PurifierWindow,
      );
      await reload();
      const refused = result.rejected.length ? `, ${result.rejected.length} refused` : '';
      toast.say(
        `Imported ${result.added} new, ${result.updated} updated, ${result.unchanged} already here${refused}.`,
      );
    })(),
  );
});
ui.buttons.back.addEventListener('click', () => {
  location.hash = '';
});
function exportOpened(act: (loaded: Actions, saved: SavedArticle) => ExportFile): void {
  const saved = opened;
  if (saved) report(actions().then((loaded) => loaded.downloadFile(document, act(loaded, saved))));
}
ui.buttons.oneMd.addEventListener('click', () =>
  exportOpened((loaded, saved) => loaded.markdownExport([saved])),
);
ui.buttons.oneHtml.addEventListener('click', () =>
  exportOpened((loaded, saved) => loaded.htmlExport(document, [saved])),
);
ui.buttons.oneDelete.addEventListener('click', () => {
  if (!opened) return;
  const { id } = opened;
  location.hash = '';
  report(remove([id]));
});
window.addEventListener('hashchange', () => report(route()));

let reloadTimer = 0;
onLibraryChange(() => {
  // Saves from other tabs arrive in bursts (a bulk import): reload once per burst.
  clearTimeout(reloadTimer);
  reloadTimer = window.setTimeout(() => report(reload()), 150);
});

report(
  (async () => {
    await Promise.all([firstPaint(), route()]);
    await reload();
  })(),
);
