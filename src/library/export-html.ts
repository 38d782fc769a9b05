/**
 * Standalone HTML export: one self-contained file per article that opens anywhere, offline. The
 * body is sanitized again on the way out; the file carries its own small stylesheet (highlights by
 * kind, with underline styles so colour is not the only cue) and a CSP that forbids any script.
 */
import { strToU8, zipSync } from 'fflate';
import type { SavedArticle } from '../platform/library/saved-article';
import { renderArticleHeader } from '../ui/article-header';
import { el } from '../ui/element';
import { KIND_STYLES } from '../ui/source-kinds';
import { safeFragment } from '../ui/safe-fragment';
import type { ExportFile } from './export-markdown';
import { dateStamp, slugOf, uniqueNamer } from './file-names';

const STYLE = `
body{font:18px/1.6 Georgia,serif;max-width:42em;margin:2em auto;padding:0 1em;color:#1f2328;background:#fff}
h1{font-size:1.8em;line-height:1.2}img,video{max-width:100%;height:auto}
.sl-kicker,.sl-byline,.sl-reading,.sl-saved{color:#57606a;font:14px/1.4 system-ui,sans-serif}
mark.sl-mark{background:none;color:inherit;border-bottom:2px solid;padding:0 1px}
mark.sl-kind-person{background:#dbeafe;border-color:#1d4ed8}
mark.sl-kind-organization{background:#d1fae5;border-color:#047857;border-bottom-style:dashed}
mark.sl-kind-media{background:#fef3c7;border-color:#b45309;border-bottom-style:dotted}
mark.sl-kind-document{background:#ede9fe;border-color:#7c3aed;border-bottom-style:double}
mark.sl-kind-anonymous{background:#ffe4e6;border-color:#be123c;border-bottom-style:dashed}
mark.sl-quote{background:rgba(250,204,21,.16);border:0}
.sl-sources{font:15px/1.5 system-ui,sans-serif;border-top:1px solid #d0d7de;margin-top:2em}
@media (prefers-color-scheme:dark){body{background:#0d1117;color:#e6edf3}mark.sl-mark{background:none}}
`;

const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src https: http: data:";

function sourcesSection(doc: Document, saved: SavedArticle): HTMLElement | null {
  const { sources } = saved.article;
  if (!sources.length) return null;
  return el(doc, 'section', { class: 'sl-sources' }, [
    el(doc, 'h2', { text: `Cited sources (${sources.length})` }),
    el(
      doc,
      'ul',
      {},
      sources.map((source) =>
        el(doc, 'li', {}, [
          el(doc, 'mark', { class: `sl-mark sl-kind-${source.kind}`, text: source.name }),
          ` — ${KIND_STYLES[source.kind].label}, ${source.mentions.length} mention${source.mentions.length === 1 ? '' : 's'}`,
        ]),
      ),
    ),
  ]);
}

/** The article as a complete HTML document. `page` is a live document that can run the sanitizer. */
export function standaloneHtml(page: Document, saved: SavedArticle): string {
  const { article } = saved;
  const out = page.implementation.createHTMLDocument(article.title);
  out.documentElement.lang = article.lang ?? '';
  if (article.dir) out.documentElement.dir = article.dir;
  out.head.prepend(el(out, 'meta', { charset: 'utf-8' }));
  out.head.append(
    el(out, 'meta', { 'http-equiv': 'Content-Security-Policy', content: CSP }),
    el(out, 'meta', { name: 'viewport', content: 'width=device-width' }),
    el(out, 'style', { text: STYLE }),
  );
  const body = el(out, 'div', { class: 'sl-article-body' });
  body.append(out.importNode(safeFragment(page, article.html), true));
  out.body.append(
    el(out, 'article', {}, [
      out.importNode(renderArticleHeader(page, article), true),
      el(out, 'p', { class: 'sl-saved' }, [
        'Saved from ',
        el(out, 'a', { href: saved.url, text: saved.url }),
        ` on ${new Date(saved.savedAt).toISOString().slice(0, 10)} with Sourcelight`,
      ]),
      body,
      sourcesSection(out, saved),
    ]),
  );
  return `<!doctype html>\n${out.documentElement.outerHTML}\n`;
}

/** One article: its .html; several: a zip with one .html each. */
export function htmlExport(page: Document, articles: readonly SavedArticle[]): ExportFile {
  const [only] = articles;
  if (articles.length === 1 && only) {
    return {
      name: `${slugOf(only.article.title)}.html`,
      blob: new Blob([standaloneHtml(page, only)], { type: 'text/html;charset=utf-8' }),
    };
  }
  const name = uniqueNamer();
  const files: Record<string, Uint8Array> = {};
  for (const saved of articles) {
    files[name(slugOf(saved.article.title), 'html')] = strToU8(standaloneHtml(page, saved));
  }
  return {
    name: `sourcelight-articles-html-${dateStamp()}.zip`,
    blob: new Blob([zipSync(files, { level: 6 }) as Uint8Array<ArrayBuffer>], {
      type: 'application/zip',
    }),
  };
}
