/**
 * EPUB 3 export of selected articles, for e-readers: a zip whose first entry is the uncompressed
 * `mimetype`, then META-INF/container.xml, the package (content.opf), the navigation document
 * (nav.xhtml), a stylesheet and one XHTML document per article. Bodies are sanitized again and
 * lose images and embeds, which an e-reader offline could not load anyway.
 */
import { strToU8, zipSync, type Zippable } from 'fflate';
import type { SavedArticle } from '../platform/library/saved-article';
import { renderArticleHeader } from '../ui/article-header';
import { el } from '../ui/element';
import { safeFragment } from '../ui/safe-fragment';
import type { ExportFile } from './export-markdown';
import { dateStamp } from './file-names';

const XHTML = 'http://www.w3.org/1999/xhtml';
const CSS = `body{font-family:serif;line-height:1.5}h1{font-size:1.5em}
mark.sl-mark{background:none;color:inherit;border-bottom:1px solid}
mark.sl-kind-organization{border-bottom-style:dashed}mark.sl-kind-media{border-bottom-style:dotted}
mark.sl-kind-document{border-bottom-style:double}.sl-kicker,.sl-byline,.sl-reading{color:#555;font-size:.85em}`;

function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** One article as an XHTML content document. */
function chapter(page: Document, saved: SavedArticle): string {
  const xml = page.implementation.createDocument(XHTML, 'html', null);
  const html = xml.documentElement;
  html.setAttribute('lang', saved.article.lang ?? 'en');
  const head = xml.createElementNS(XHTML, 'head');
  const title = xml.createElementNS(XHTML, 'title');
  title.textContent = saved.article.title;
  const link = xml.createElementNS(XHTML, 'link');
  link.setAttribute('rel', 'stylesheet');
  link.setAttribute('href', 'style.css');
  head.append(title, link);
  const body = xml.createElementNS(XHTML, 'body');
  const content = page.createElement('div');
  content.append(safeFragment(page, saved.article.html));
  for (const media of content.querySelectorAll('img, picture, video, audio, iframe, source')) {
    media.remove();
  }
  body.append(
    xml.importNode(renderArticleHeader(page, saved.article), true),
    xml.importNode(el(page, 'p', {}, [el(page, 'a', { href: saved.url, text: saved.url })]), true),
    xml.importNode(content, true),
  );
  html.append(head, body);
  // The page's own serializer: XHTML must come out well-formed XML, never HTML.
  const Serializer = page.defaultView?.XMLSerializer ?? XMLSerializer;
  return `<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE html>\n${new Serializer().serializeToString(xml)}`;
}

function packageDocument(articles: readonly SavedArticle[], id: string, now: Date): string {
  const items = articles
    .map(
      (_, i) =>
        `<item id="a${i}" href="article-${i + 1}.xhtml" media-type="application/xhtml+xml"/>`,
    )
    .join('\n    ');
  const spine = articles.map((_, i) => `<itemref idref="a${i}"/>`).join('');
  const lang = articles[0]?.article.lang ?? 'en';
  return `<?xml version="1.0" encoding="utf-8"?>
<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="uid">
  <metadata xmlns:dc="http://purl.org/dc/elements/1.1/">
    <dc:identifier id="uid">${escapeXml(id)}</dc:identifier>
    <dc:title>${escapeXml(titleOf(articles))}</dc:title>
    <dc:language>${escapeXml(lang)}</dc:language>
    <dc:creator>Sourcelight</dc:creator>
    <meta property="dcterms:modified">${now.toISOString().replace(/\.\d+Z$/, 'Z')}</meta>
  </metadata>
  <manifest>
    <item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>
    <item id="css" href="style.css" media-type="text/css"/>
    ${items}
  </manifest>
  <spine>${spine}</spine>
</package>`;
}

function navDocument(articles: readonly SavedArticle[]): string {
  const entries = articles
    .map(
      (saved, i) =>
        `<li><a href="article-${i + 1}.xhtml">${escapeXml(saved.article.title)}</a></li>`,
    )
    .join('\n      ');
  return `<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops">
  <head><title>Contents</title></head>
  <body>
    <nav epub:type="toc"><h1>Contents</h1><ol>
      ${entries}
    </ol></nav>
  </body>
</html>`;
}

function titleOf(articles: readonly SavedArticle[]): string {
  const [first] = articles;
  return articles.length === 1 && first
    ? first.article.title
    : `Sourcelight articles (${articles.length})`;
}

const CONTAINER = `<?xml version="1.0" encoding="utf-8"?>
<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
  <rootfiles><rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/></rootfiles>
</container>`;

export function epubExport(
  page: Document,
  articles: readonly SavedArticle[],
  now = new Date(),
): ExportFile {
  const id = `urn:sourcelight:${now.getTime()}:${articles.length}`;
  // Insertion order is zip order: the EPUB spec wants `mimetype` first and stored uncompressed.
  const files: Zippable = {
    mimetype: [strToU8('application/epub+zip'), { level: 0 }],
    'META-INF/container.xml': strToU8(CONTAINER),
    'OEBPS/content.opf': strToU8(packageDocument(articles, id, now)),
    'OEBPS/nav.xhtml': strToU8(navDocument(articles)),
    'OEBPS/style.css': strToU8(CSS),
  };
  articles.forEach((saved, i) => {
    files[`OEBPS/article-${i + 1}.xhtml`] = strToU8(chapter(page, saved));
  });
  return {
    name: `sourcelight-${dateStamp(now)}.epub`,
    blob: new Blob([zipSync(files, { level: 6 }) as Uint8Array<ArrayBuffer>], {
      type: 'application/epub+zip',
    }),
  };
}
