// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import type { Article } from '../../src/core/types';
import { renderArticleView } from '../../src/ui/article-view';

function article(overrides: Partial<Article> = {}): Article {
  return {
    title: 'Council approves harbour plan',
    byline: 'Mara Quist',
    siteName: 'Harbour Gazette',
    publishedTime: '2026-10-02T08:00:00Z',
    lang: 'en',
    dir: 'ltr',
    excerpt: null,
    leadImage: null,
    wordCount: 120,
    readingMinutes: 0.6,
    html:
      '<p>“It matters,” <mark class="sl-mark sl-kind-person" data-source-id="s1" data-kind="person" data-cue="said">Mayor Elin Sandvik</mark> said.</p>' +
      '<p><mark class="sl-mark sl-kind-person" data-source-id="s1" data-kind="person" data-cue="added">Sandvik</mark> added more, according to <mark class="sl-mark sl-kind-media" data-source-id="s2" data-kind="media" data-cue="according to">Reuters</mark>.</p>' +
      '<p>A <mark class="sl-mark sl-kind-anonymous" data-source-id="s9" data-kind="anonymous" data-cue="said">forged mark</mark> stays plain.</p>' +
      '<figure><img src="https://example.test/a.jpg" alt=""></figure><p>Closing words.</p>',
    text: '',
    sources: [
      { id: 's1', name: 'Elin Sandvik', kind: 'person', mentions: [
        { text: 'Mayor Elin Sandvik', cue: 'said', start: 0, end: 1 },
        { text: 'Sandvik', cue: 'added', start: 2, end: 3 },
      ] },
      { id: 's2', name: 'Reuters', kind: 'media', mentions: [{ text: 'Reuters', cue: 'according to', start: 4, end: 5 }] },
    ],
    links: [
      { href: 'https://www.reuters.com/a', text: 'Reuters', domain: 'reuters.com', external: true },
      { href: 'https://www.reuters.com/b', text: 'story', domain: 'reuters.com', external: true },
      { href: 'https://harbour.test/x', text: 'own', domain: 'harbour.test', external: false },
    ],
    ...overrides,
  }; // prettier-ignore
}

let mount: HTMLElement;
beforeEach(() => {
  document.body.replaceChildren();
  mount = document.createElement('div');
  document.body.append(mount);
});

describe('the article view', () => {
  it('shows the title block with site, byline and reading time', () => {
    renderArticleView(mount, article(), { showImages: true });
    expect(mount.querySelector('.sl-article-title')?.textContent).toBe(
      'Council approves harbour plan',
    );
    expect(mount.querySelector('.sl-kicker')?.textContent).toMatch(/^Harbour Gazette · /);
    expect(mount.querySelector('.sl-byline')?.textContent).toBe('Mara Quist');
    expect(mount.querySelector('.sl-reading')?.textContent).toBe('1 min read · 120 words');
  });

  it('lists each source once with kind and mention count, and counts the anonymous ones', () => {
    renderArticleView(mount, article(), { showImages: true });
    const rows = [...mount.querySelectorAll('.sl-source')].map((b) => b.textContent);
    expect(rows).toEqual(['PElin SandvikPerson · 2×', 'MReutersMedia · 1×']);
    expect(mount.querySelector('.sl-sources-summary')?.textContent).toBe(
      '2 cited sources, none anonymous',
    );
  });

  it('turns marks that name no known source back into plain text', () => {
    renderArticleView(mount, article(), { showImages: true });
    const marks = [...mount.querySelectorAll('.sl-article-body mark')].map((m) => m.textContent);
    expect(marks).toEqual(['Mayor Elin Sandvik', 'Sandvik', 'Reuters']);
    expect(mount.querySelector('.sl-article-body')?.textContent).toContain(
      'A forged mark stays plain.',
    );
  });

  it('cycles through the mentions of a source from the panel and wraps around', () => {
    const view = renderArticleView(mount, article(), { showImages: true });
    expect(view.panel.jumpTo('s1')).toBe(1);
    expect(document.activeElement?.textContent).toBe('Mayor Elin Sandvik');
    expect(view.panel.jumpTo('s1')).toBe(2);
    expect(document.activeElement?.textContent).toBe('Sandvik');
    expect(view.panel.jumpTo('s1')).toBe(1);
    expect(mount.querySelectorAll('.sl-current').length).toBe(1);
  });

  it('hides a kind when its filter chip is switched off, and shows it again', () => {
    renderArticleView(mount, article(), { showImages: true });
    const chip = mount.querySelector<HTMLButtonElement>('.sl-chip[data-kind="media"]')!;
    chip.click();
    expect(chip.getAttribute('aria-pressed')).toBe('false');
    expect(mount.querySelector('.sl-view')?.classList.contains('sl-hide-media')).toBe(true);
    chip.click();
    expect(mount.querySelector('.sl-view')?.classList.contains('sl-hide-media')).toBe(false);
  });

  it('names the source, kind and cue of a focused mark in the tooltip', () => {
    renderArticleView(mount, article(), { showImages: true });
    const mark = [...mount.querySelectorAll<HTMLElement>('.sl-article-body mark')].find(
      (m) => m.textContent === 'Reuters',
    )!;
    mark.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    expect(mount.querySelector('.sl-tooltip')?.textContent).toBe(
      'Reuters · news outlet · according to',
    );
    expect(mark.tabIndex).toBe(0);
  });

  it('leaves images out unless the setting asks for them', () => {
    renderArticleView(mount, article(), { showImages: false });
    expect(mount.querySelectorAll('.sl-article-body img, .sl-article-body figure').length).toBe(0);
    mount.replaceChildren();
    renderArticleView(mount, article(), { showImages: true });
    expect(mount.querySelectorAll('.sl-article-body img').length).toBe(1);
  });

  it('groups the external links by domain and leaves same-site links out', () => {
    renderArticleView(mount, article(), { showImages: true });
    expect([...mount.querySelectorAll('.sl-link-group summary')].map((s) => s.textContent)).toEqual(
      ['reuters.com (2)'],
    );
  });

  it('never lets page markup run, even if the article HTML was tampered with', () => {
    renderArticleView(
      mount,
      article({
        html: '<p onclick="alert(1)">Hi<script>window.bad=1</script><img src=x onerror="window.bad=2"><a href="javascript:alert(1)">x</a></p>',
      }),
      { showImages: true },
    );
    const body = mount.querySelector('.sl-article-body')!;
    expect(body.querySelectorAll('script').length).toBe(0);
    expect(body.querySelector('p')?.hasAttribute('onclick')).toBe(false);
    expect(body.querySelector('img')?.hasAttribute('onerror')).toBe(false);
    expect(body.querySelector('a')?.hasAttribute('href')).toBe(false);
  });

  it('lays out right-to-left articles right to left', () => {
    renderArticleView(mount, article({ lang: 'ar', dir: 'rtl' }), { showImages: true });
    expect(mount.querySelector('.sl-article')?.getAttribute('dir')).toBe('rtl');
  });

  it('removes everything it added when destroyed', () => {
    const view = renderArticleView(mount, article(), { showImages: true });
    view.destroy();
    expect(mount.childNodes.length).toBe(0);
  });
});
