import { describe, expect, it } from 'vitest';
import { parsePage } from '../../src/cli/node-dom';
import { blockText } from '../../src/core/article-text';
import { restoreTableParts } from '../../src/core/clean/restore-table-parts';
import { runOnHtml } from './load-page';

/** A results page laid out as one table, the way older local-news sites still publish them. */
const row = (n: number): string =>
  `<tr class="result"><td class="district">District ${n}</td><td class="note">Turnout in district ${n} rose again this year, officials said, with long queues at the school, the library and the old fire station, where volunteers handed out water.</td><td class="votes">${1000 + n * 37}</td></tr>`;
const resultsPage = `<!doctype html><html lang="en"><head><title>Council election: results by district</title></head><body>
  <header><a href="/">Valley Courier</a></header>
  <table class="results"><tbody>${Array.from({ length: 12 }, (_, i) => row(i + 1)).join('\n')}</tbody></table>
  <footer>© Valley Courier</footer></body></html>`;

const bodyOf = (html: string): Element =>
  parsePage(`<!doctype html><html><body>${html}</body></html>`).body;

describe('table parts Readability moved out of their table', () => {
  it('keeps the cells of a results table apart in the text and in the HTML', () => {
    const article = runOnHtml(resultsPage, 'https://valley-courier.test/2024/05/results').article;
    expect(article?.text).toContain('District 3\n\nTurnout in district 3 rose again');
    expect(article?.text).toMatch(/fire station, where volunteers handed out water\.\n\n1111/);
    expect(article?.html).toMatch(/<table><tbody><tr>(?:(?!<\/table>).)*<tr><td>District 2<\/td><td>Turnout/s);
  });

  it('puts a run of stray rows back into one table, and stray cells into a row', () => {
    const body = bodyOf('<div id="a"><tr><td>62</td><td>2440</td></tr>\n<tr><td>65</td></tr></div><div id="b"><td>x</td><th>y</th></div>');
    restoreTableParts(body);
    expect(body.querySelector('#a')?.innerHTML).toBe('<table><tbody><tr><td>62</td><td>2440</td></tr>\n<tr><td>65</td></tr></tbody></table>');
    expect(body.querySelector('#b')?.innerHTML).toBe('<table><tbody><tr><td>x</td><th>y</th></tr></tbody></table>');
    expect(blockText(body)).toBe('62\n\n2440\n\n65\n\nx\n\ny');
  });

  it('turns a lone stray cell (a story column) into a plain block', () => {
    const body = bodyOf('<div id="story"><td class="texto">Story text.<br><br>More text.</td></div>');
    restoreTableParts(body);
    expect(body.querySelector('#story')?.innerHTML).toBe('<div>Story text.<br><br>More text.</div>');
  });

  it('leaves tables that are whole alone', () => {
    const markup = '<table><thead><tr><th>a</th></tr></thead><tbody><tr><td>1</td></tr></tbody></table>';
    const body = bodyOf(markup);
    restoreTableParts(body);
    expect(body.innerHTML).toBe(markup);
  });
}); // prettier-ignore
