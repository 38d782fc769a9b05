import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { nodePurifierWindow, parsePage } from '../../src/cli/node-dom';
import { runPipeline } from '../../src/core/pipeline';

/** Paragraphs of a plain hand-written essay, long enough for an article. */
const ESSAY = [
  'I walked along the old canal this morning, past the lock keeper’s cottage and the boatyard, and counted eleven herons standing in the reeds before the sun was up.',
  'The towpath has been resurfaced since last winter. The council says the work will continue as far as the aqueduct next spring, once the nesting season is over.',
  'Nobody I met knew why the herons gather there. One angler thought it was the warm water from the mill; another said they had always come, long before the mill was built.',
].map((text) => `<p>${text}</p>`);

const URL = 'https://notes.example/2025/canal-herons';

function articleText(html: string): string | undefined {
  return runPipeline(parsePage(html), URL, { purifierWindow: nodePurifierWindow() }).article?.text;
}

// HTML lets a page leave out <html>, <head> and <body> and their end tags; browsers supply them.
describe('pages that omit the tags around their body', () => {
  it('reads a page with neither <html>, <head> nor <body>', () => {
    const text = articleText(`<!doctype html><title>Herons</title>\n${ESSAY.join('\n')}`);
    expect(text).toMatch(/^I walked along the old canal/);
    expect(text?.split('\n\n')).toHaveLength(3);
  });

  it('reads a page whose head never ends: no </head> and no <body>', () => {
    const html = `<html lang="en"><head><meta charset="utf-8"><title>Herons</title>\n${ESSAY.join('\n')}</html>`;
    const text = articleText(html);
    expect(text).toMatch(/the mill was built\.$/);
    expect(text?.split('\n\n')).toHaveLength(3);
  });

  it('gives the same article as with every tag written out', () => {
    const full = `<!doctype html><html><head><title>Herons</title></head><body>${ESSAY.join('')}</body></html>`;
    const bare = `<!doctype html><title>Herons</title>${ESSAY.join('')}`;
    expect(articleText(bare)).toBe(articleText(full));
  });
});

describe('parsePage supplies the omitted tags as a browser does', () => {
  const shape = (html: string): string => parsePage(html).documentElement.outerHTML;

  it('puts the leading metadata in <head> and the rest, later scripts included, in <body>', () => {
    expect(shape('<!doctype html><meta charset="utf-8"><title>T</title><p>One</p><script>s()</script><p>Two</p>')).toBe(
      '<html><head><meta charset="utf-8"><title>T</title></head><body><p>One</p><script>s()</script><p>Two</p></body></html>',
    );
  });

  it('moves content left in an unclosed head to the start of the existing <body>, keeping its attributes', () => {
    expect(shape('<html lang="en"><head><title>T</title><p>First</p><body class="story"><p>Second</p></body></html>')).toBe(
      '<html lang="en"><head><title>T</title></head><body class="story"><p>First</p><p>Second</p></body></html>',
    );
  });

  it('leaves a page with its tags, and a frameset page, exactly as linkedom parsed them', () => {
    for (const html of [
      '<!doctype html><html><head><title>T</title></head><body><p>x</p></body></html>\n<div>after the body</div>',
      '<html><head><title>T</title></head><frameset><frame src="a.html"></frameset></html>',
    ]) {
      expect(shape(html)).toBe(parseHTML(html).document.documentElement.outerHTML);
    }
  });
}); // prettier-ignore
