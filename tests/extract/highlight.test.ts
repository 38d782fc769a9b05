import { describe, expect, it } from 'vitest';
import { parsePage } from '../../src/cli/node-dom';
import { buildArticleText } from '../../src/core/article-text';
import { highlightSources } from '../../src/core/highlight';
import type { Source } from '../../src/core/types';

const body = (html: string): Element =>
  parsePage(`<div id="b">${html}</div>`).getElementById('b') as Element;

const source = (text: string, start: number, quote?: string): Source => ({
  id: 's1',
  name: text,
  kind: 'person',
  mentions: [{ text, cue: 'said', start, end: start + text.length, ...(quote ? { quote } : {}) }],
});

describe('article text and highlighting', () => {
  it('separates blocks with one blank line and collapses whitespace', () => {
    const root = body('<h2>Title  here</h2>\n<p>One\n  two <b>three</b></p><ul><li>a</li><li>b</li></ul>');
    expect(buildArticleText(root).text).toBe('Title here\n\nOne two three\n\na\n\nb');
  });

  it('wraps a mention that crosses an element boundary in one mark per text node', () => {
    const root = body('<p>Minister <b>Ana</b> Costa said it was over.</p>');
    const mapped = buildArticleText(root);
    const start = mapped.text.indexOf('Ana Costa');
    highlightSources(mapped, [source('Ana Costa', start)]);
    const marks = Array.from(root.querySelectorAll('mark'));
    expect(marks.map((mark) => mark.textContent)).toEqual(['Ana', 'Costa']);
    expect(marks[0]?.parentElement?.tagName.toLowerCase()).toBe('b');
    expect(marks.every((mark) => mark.getAttribute('data-source-id') === 's1')).toBe(true);
    expect(marks[1]?.getAttribute('class')).toBe('sl-mark sl-kind-person');
    expect(root.textContent).toBe('Minister Ana Costa said it was over.');
  });

  it('marks the quoted words as a quote tied to the same source', () => {
    const root = body('<p>“We are done here,” Costa said.</p>');
    const mapped = buildArticleText(root);
    highlightSources(mapped, [source('Costa', mapped.text.indexOf('Costa'), 'We are done here,')]);
    expect(root.querySelector('mark[data-kind="quote"]')?.textContent).toBe('We are done here,');
    expect(root.querySelector('mark[data-kind="quote"]')?.getAttribute('data-source-id')).toBe('s1');
    expect(root.textContent).toBe('“We are done here,” Costa said.');
  });

  it('finds the right text nodes after collapsed whitespace and paragraph breaks', () => {
    const root = body('<p>First   paragraph.</p>\n\n<p>Then   Rui\n Lopes spoke.</p>');
    const mapped = buildArticleText(root);
    const start = mapped.text.indexOf('Rui Lopes');
    highlightSources(mapped, [source('Rui Lopes', start)]);
    expect(root.querySelector('mark')?.textContent).toBe('Rui\n Lopes');
  });

  it('marks several mentions and a quote inside one text node, in order, keeping every character', () => {
    const html = '<p>Ana Costa said no; later Rui Lopes said “not yet, not today,” and Ana Costa agreed.</p>';
    const root = body(html);
    const mapped = buildArticleText(root);
    const at = (words: string, from = 0): number => mapped.text.indexOf(words, from);
    const lopes = at('Rui Lopes');
    highlightSources(mapped, [
      { id: 's1', name: 'Ana Costa', kind: 'person', mentions: [
        { text: 'Ana Costa', cue: 'said', start: 0, end: 9 },
        { text: 'Ana Costa', cue: 'agreed', start: at('Ana Costa', 1), end: at('Ana Costa', 1) + 9 },
      ] },
      { id: 's2', name: 'Rui Lopes', kind: 'person', mentions: [
        { text: 'Rui Lopes', cue: 'said', start: lopes, end: lopes + 9, quote: 'not yet, not today,' },
      ] },
    ]);
    const marks = Array.from(root.querySelectorAll('mark'));
    expect(marks.map((mark) => [mark.textContent, mark.getAttribute('data-source-id'), mark.getAttribute('data-kind')])).toEqual([
      ['Ana Costa', 's1', 'person'],
      ['Rui Lopes', 's2', 'person'],
      ['not yet, not today,', 's2', 'quote'],
      ['Ana Costa', 's1', 'person'],
    ]);
    expect(root.textContent).toBe(body(html).textContent);
  });

  it('marks the occurrence of a quote nearest its mention when the words recur', () => {
    const filler = '<p>' + 'Other news of the day. '.repeat(40) + '</p>';
    const root = body(`<p>“Stay home,” Costa said.</p>${filler}<p>Lopes said: “Stay home,” again.</p>`);
    const mapped = buildArticleText(root);
    highlightSources(mapped, [source('Lopes', mapped.text.indexOf('Lopes'), 'Stay home,')]);
    const quote = root.querySelector('mark[data-kind="quote"]');
    expect(quote?.closest('p')?.textContent).toBe('Lopes said: “Stay home,” again.');
  });

  it('leaves captions out of the text', () => {
    const root = body('<p>Body.</p><figure data-sl-caption=""><img src="x.jpg"><figcaption>A caption</figcaption></figure>');
    expect(buildArticleText(root).text).toBe('Body.');
  });
}); // prettier-ignore
