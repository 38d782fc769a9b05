import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { fastHtmlDomParser } from '../../src/cli/html-document-parser';
import { nodePurifierWindow } from '../../src/cli/node-dom';
import { sanitizeArticleHtml, type PurifierWindow } from '../../src/core/sanitize';

const jsdomWindow = new JSDOM('<!doctype html><html><body></body></html>').window;
const FastParser = fastHtmlDomParser(jsdomWindow);
const viaJsdom = (markup: string): string =>
  new jsdomWindow.DOMParser().parseFromString(markup, 'text/html').documentElement.outerHTML;
const viaFast = (markup: string): string =>
  new FastParser().parseFromString(markup, 'text/html').documentElement.outerHTML;

/** Markup where an HTML parser's rules, not the tags as written, decide the tree. */
const TRICKY = {
  'whitespace between words and blocks': '<p>One  two\n three</p>\n\n<p> four </p>',
  'implied tbody and closed paragraphs': '<p>a<p>b<table><tr><td>c</table>',
  'misnested formatting (adoption agency)': '<p><b>bold <i>both</b> italic</i> plain</p>',
  'character references': '<p>&amp; &lt;b&gt; &copy; &#x41; &nbsp;x &notanentity;</p>',
  'attributes with quotes and duplicates': `<a href='/x?a=1&b="2"' title="it's" title="dup">q</a>`,
  comments: '<p>a<!-- note --> b</p><!-- tail -->',
  'noscript parsed as markup (scripting off)':
    '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
  'form inside a table': '<table><form><tr><td><input name=a></td></tr></form></table>',
  'head elements in the body': '<title>t</title><meta charset=utf-8><p>x</p>',
  'attributes on html and body': '<html lang="de" dir="ltr"><body class="b"><p>x</p></body></html>',
};

/** Markup the fast path hands to jsdom's own parser. */
const FOREIGN = {
  svg: '<p>a</p><svg><style><img src=x onerror=alert(1)></style></svg>',
  mathml: '<math><mi><mglyph><style><img src=x onerror=alert(1)>',
  template: '<template><img src=x onerror=alert(1)></template><p>after</p>',
  'a tag name the DOM API refuses': '<p>a</p><a"b>q</a"b>',
  'an attribute name the DOM API refuses': '<p a"b="1" c=2>q</p>',
};

describe('the CLI parses sanitizer input into the document jsdom would build', () => {
  for (const [name, markup] of Object.entries({ ...TRICKY, ...FOREIGN })) {
    it(`builds the same tree: ${name}`, () => {
      expect(viaFast(markup)).toBe(viaJsdom(markup));
    });
  }

  it('builds plain HTML itself and hands only foreign content to jsdom', () => {
    let handedOver = 0;
    class CountingParser extends jsdomWindow.DOMParser {
      override parseFromString(markup: string, type: DOMParserSupportedType): Document {
        handedOver++;
        return super.parseFromString(markup, type);
      }
    }
    const Parser = fastHtmlDomParser({ document: jsdomWindow.document, DOMParser: CountingParser });
    for (const markup of Object.values(TRICKY)) new Parser().parseFromString(markup, 'text/html');
    expect(handedOver).toBe(0);
    for (const markup of Object.values(FOREIGN)) new Parser().parseFromString(markup, 'text/html');
    expect(handedOver).toBe(Object.keys(FOREIGN).length);
  });

  it('leaves other MIME types to jsdom', () => {
    const doc = new FastParser().parseFromString('<r><c>1</c></r>', 'application/xml');
    expect(doc.documentElement.nodeName).toBe('r');
  });
});

describe('sanitizing in the CLI gives what DOMPurify on plain jsdom gives', () => {
  const plain = jsdomWindow as unknown as PurifierWindow;
  const xssPage = readFileSync(join(import.meta.dirname, '../e2e/pages/xss-article.html'), 'utf8');
  for (const [name, markup] of Object.entries({ ...TRICKY, ...FOREIGN, 'the XSS page': xssPage })) {
    it(`same sanitized HTML: ${name}`, () => {
      const expected = sanitizeArticleHtml(markup, plain);
      expect(sanitizeArticleHtml(markup, nodePurifierWindow())).toBe(expected);
      expect(expected).not.toMatch(/onerror|<script|javascript:/i);
    });
  }
});
