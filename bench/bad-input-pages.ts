/**
 * The hostile and oversized pages bench/bad-input.ts feeds the CLI: the issue's bad-input list,
 * then pages that stay inside every limit but push one stage as hard as a page can (one huge
 * paragraph, tens of thousands of quotes, marks, speakers or links). Built in memory, so that no
 * multi-megabyte file lives in the repository.
 */

export interface BadInputPage {
  name: string;
  /** What a user should get: refused (exit 2 or article null with a reason) or an article. */
  expect: 'refused' | 'article' | 'either';
  bytes: Buffer;
}

const page = (body: string): string =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Stress page</title></head>` +
  `<body><article><h1>Stress page</h1>${body}</article></body></html>`;

const times = <T>(count: number, make: (i: number) => T): T[] =>
  Array.from({ length: count }, (_, i) => make(i));

const utf8 = (text: string): Buffer => Buffer.from(text, 'utf8');

const FIRST = 'Anna Boris Carla David Emil Fiona Georg Hanna Ivan Julia'.split(' ');
const LAST = 'Smith Meyer Costa Lopes Novak Berg Rossi Kim Sato Okafor'.split(' ');
/** 20,000 distinct, name-like names: "Anna SmithAason"... */
const speaker = (i: number): string =>
  `${FIRST[i % 10]} ${LAST[Math.floor(i / 10) % 10]}${String.fromCharCode(65 + (Math.floor(i / 100) % 26))}` +
  `${String.fromCharCode(97 + (Math.floor(i / 2600) % 26))}son`;

/** The issue's list: each must end in a clear refusal or a clear result, never a crash. */
function issueList(): BadInputPage[] {
  const png = Buffer.from([
    0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48,
  ]);
  const paragraph =
    '<p>The council met on Monday and agreed to reopen the bridge, the mayor said.</p>';
  return [
    {
      name: 'not HTML (a PNG)',
      expect: 'refused',
      bytes: Buffer.concat([png, Buffer.alloc(4096, 7)]),
    },
    { name: 'empty file', expect: 'refused', bytes: Buffer.alloc(0) },
    {
      name: 'page with no text',
      expect: 'refused',
      bytes: utf8(page('<div><img src="a.jpg"></div>')),
    },
    {
      name: 'frameset page',
      expect: 'refused',
      bytes: utf8(
        '<html><frameset cols="50%,50%"><frame src="a.html"><frame src="b.html"></frameset></html>',
      ),
    },
    { name: '20 MB page', expect: 'refused', bytes: utf8(page(paragraph.repeat(270_000))) },
    {
      name: '100k-element page',
      expect: 'refused',
      bytes: utf8(page(times(100_000, () => '<span>x</span>').join(''))),
    },
    {
      name: 'nested 10,000 deep',
      expect: 'refused',
      bytes: utf8(page(`${'<div>'.repeat(10_000)}${paragraph}${'</div>'.repeat(10_000)}`)),
    },
    {
      // HTML lets a page omit <html>, <head> and <body>; the CLI supplies them before extracting.
      name: 'nested 10,000 deep, tags omitted',
      expect: 'refused',
      bytes: utf8(
        `<title>Deep</title>${'<div>'.repeat(10_000)}${paragraph}${'</div>'.repeat(10_000)}`,
      ),
    },
    {
      name: 'windows-1252, no charset',
      expect: 'article',
      bytes: Buffer.from(
        page(paragraph.replace('council', 'conseil élu').repeat(12)).replace(
          '<meta charset="utf-8">',
          '',
        ),
        'latin1',
      ),
    },
  ];
}

/** Inside every limit, each built to load one stage as heavily as a real page could not. */
function stressList(): BadInputPage[] {
  return [
    {
      name: '55,000 paragraphs',
      expect: 'either',
      bytes: utf8(
        page(
          times(
            55_000,
            (i) => `<p>Paragraph ${i} says the minister, according to Reuters.</p>`,
          ).join(''),
        ),
      ),
    },
    {
      name: 'one 15 MB paragraph',
      expect: 'either',
      bytes: utf8(page(`<p>${'word '.repeat(3_000_000)}</p>`)),
    },
    {
      name: '120,000 quotes in one paragraph',
      expect: 'either',
      bytes: utf8(
        page(
          `<p>${times(120_000, (i) => `"Quote ${i}," said John Smith${i % 7}, according to the Agency ${i % 13} report.`).join(' ')}</p>`,
        ),
      ),
    },
    {
      name: '20,000 distinct speakers',
      expect: 'either',
      bytes: utf8(
        page(
          times(
            20_000,
            (i) =>
              `<p>“We will see about that in the morning,” said ${speaker(i)}, a spokesman for the Ministry of Things${i % 300}. According to Agency${i % 500} News, the plan was delayed.</p>`,
          ).join(''),
        ),
      ),
    },
    {
      name: '55,000 links in one paragraph',
      expect: 'either',
      bytes: utf8(
        page(
          `<p>${times(55_000, (i) => `<a href="https://x${i}.test/">Link ${i}</a> said`).join(' ')}</p>`,
        ),
      ),
    },
    {
      name: '10,000 paragraphs 390 deep',
      expect: 'either',
      bytes: utf8(
        page(
          `${'<div>'.repeat(390)}${'<p>Deep text, said the official.</p>'.repeat(10_000)}${'</div>'.repeat(390)}`,
        ),
      ),
    },
  ];
}

export function badInputPages(): BadInputPage[] {
  return [...issueList(), ...stressList()];
}
