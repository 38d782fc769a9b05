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

  it('leaves captions out of the text', () => {
    const root = body('<p>Body.</p><figure data-sl-caption=""><img src="x.jpg"><figcaption>A caption</figcaption></figure>');
    expect(buildArticleText(root).text).toBe('Body.');
  });
}); // prettier-ignore
