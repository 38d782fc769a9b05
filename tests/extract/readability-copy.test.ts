import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readability } from '@mozilla/readability';
import { JSDOM } from 'jsdom';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { parsePage } from '../../src/cli/node-dom';
import { copyForReadability } from '../../src/core/readability-copy';
import { fixtureDocument } from './load-page';

/** A page whose head is like a news site's: mostly scripts, styles and links. */
const HEAVY_HEAD = `<!doctype html>
<html lang="de" dir="ltr">
<head>
  <meta charset="utf-8">
  <base href="https://zeitung.example/politik/">
  <title>Haushalt: Der Bundestag stimmt ab | Zeitung</title>
  <!-- tracking -->
  <link rel="preload" href="/fonts/serif.woff2" as="font">
  <link rel="stylesheet" href="/main.css">
  <link rel="author" href="/autoren/mia-berg">
  <style>.teaser { color: red }</style>
  <script>window.dataLayer = [];</script>
  <script src="/ads.js" async></script>
  <script type="application/ld+json">{"@type":"NewsArticle","headline":"Der Bundestag stimmt über den Haushalt ab","author":{"@type":"Person","name":"Mia Berg"},"datePublished":"2025-03-04T10:00:00+01:00","publisher":{"@type":"Organization","name":"Zeitung"}}</script>
  <meta property="og:site_name" content="Zeitung">
  <meta name="description" content="Nach langer Debatte entscheidet das Parlament.">
  <script>var lazy = true;</script>
  <noscript><img src="https://zeitung.example/pixel.gif" alt=""></noscript>
</head>
<body>
  <header><nav><a href="/">Start</a> <a href="/politik">Politik</a></nav></header>
  <article>
    <h1>Der Bundestag stimmt über den Haushalt ab</h1>
    <p>Nach einer Debatte von drei Tagen hat der Bundestag am Dienstag über den Haushalt für das kommende Jahr abgestimmt. Die Koalition setzte sich mit knapper Mehrheit durch, die Opposition kündigte Widerstand an.</p>
    <figure><img data-src="/bilder/plenum.jpg" alt="Das Plenum"><noscript><img src="/bilder/plenum.jpg" alt="Das Plenum"></noscript></figure>
    <p>Die Finanzministerin sagte, der Haushalt sei „solide und gerecht“. Kritiker aus den Ländern verlangen dagegen mehr Geld für Schulen und Straßen, und der Städtetag warnte vor Kürzungen bei den Kommunen.</p>
    <script>trackRead();</script>
    <p>Über den Etat muss nun noch der Bundesrat beraten. Eine Entscheidung dort wird für Ende des Monats erwartet, nachdem die Ausschüsse ihre Empfehlungen vorgelegt haben.</p>
  </article>
  <footer><p>© Zeitung</p></footer>
</body>
</html>`;

/** Readability's whole result: the article markup and every metadata field. */
function readabilityResult(doc: Document): unknown {
  return new Readability(doc).parse();
}

/** Each page by name, parsed as the CLI parses it: ours, the sample page and every fixture. */
function fixturePages(): [string, () => Document][] {
  const sample = join(import.meta.dirname, '../../sample/stoltenberg-nato.html');
  return [
    ['heavy head', () => parsePage(HEAVY_HEAD)],
    ['sample page', () => parsePage(readFileSync(sample, 'utf8'))],
    ...readdirSync(join(import.meta.dirname, 'fixtures')).map((name): [string, () => Document] => [
      name,
      () => fixtureDocument(name),
    ]),
  ];
}

describe('copyForReadability', () => {
  it.each(fixturePages())('gives Readability the same result as a whole copy: %s', (_, load) => {
    const doc = load();
    const whole = readabilityResult(doc.cloneNode(true) as Document);
    expect(readabilityResult(copyForReadability(doc))).toEqual(whole);
  });

  it('gives the same result on a browser-like DOM (jsdom), which refuses misplaced nodes', () => {
    const doc = new JSDOM(HEAVY_HEAD, { url: 'https://zeitung.example/politik/haushalt' }).window
      .document;
    const whole = readabilityResult(doc.cloneNode(true) as Document);
    const copy = copyForReadability(doc);
    expect(copy.head.querySelectorAll('script')).toHaveLength(2);
    expect(readabilityResult(copy)).toEqual(whole);
  });

  it('leaves the page itself untouched', () => {
    const doc = parsePage(HEAVY_HEAD);
    const before = doc.documentElement.outerHTML;
    new Readability(copyForReadability(doc)).parse();
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('leaves out the head scripts, styles, links and comments, and keeps what Readability reads', () => {
    const copy = copyForReadability(parsePage(HEAVY_HEAD));
    const head = copy.documentElement.firstElementChild;
    const kept = Array.from(head?.children ?? [], (el) => el.localName);
    // The last inline script stays: Readability looks before each <noscript> for an image.
    expect(kept).toEqual(['meta', 'base', 'title', 'script', 'meta', 'meta', 'script', 'noscript']);
    expect(head?.querySelector('script')?.getAttribute('type')).toBe('application/ld+json');
    expect(head?.innerHTML).not.toContain('tracking');
    expect(copy.documentElement.getAttribute('lang')).toBe('de');
    expect(copy.title).toBe('Haushalt: Der Bundestag stimmt ab | Zeitung');
  });

  it('copies the body whole, scripts included', () => {
    const doc = parsePage(HEAVY_HEAD);
    expect(copyForReadability(doc).body.outerHTML).toBe(doc.body.outerHTML);
  });

  it('copies whole a head that holds the page (markup without </head> and <body>)', () => {
    const html = `<html><head><title>Notes</title><script>x()</script>
      <p>First paragraph of notes, long enough to read as a paragraph of prose for the reader.</p> <!-- c -->
      <p>Second paragraph of notes, again long enough to be scored as prose by Readability.</p>`;
    // linkedom itself: the CLI's parsePage hands such a page to jsdom, which supplies the tags.
    const doc = parseHTML(html).document as unknown as Document;
    expect(doc.documentElement.firstElementChild?.querySelector('p')).not.toBeNull();
    const copy = copyForReadability(doc);
    expect(copy.documentElement.outerHTML).toBe(doc.documentElement.outerHTML);
  });

  it('copies a document without a leading <head> whole', () => {
    const doc = parsePage('<html><body><script>x()</script><p>Text</p></body></html>');
    expect(doc.documentElement.firstElementChild?.localName).toBe('body');
    const copy = copyForReadability(doc);
    expect(copy.documentElement.outerHTML).toBe(doc.documentElement.outerHTML);
    expect(copy).not.toBe(doc);
  });
});
