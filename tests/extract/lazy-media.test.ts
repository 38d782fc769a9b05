import { describe, expect, it } from 'vitest';
import { runFixture } from './load-page';

describe('images in the article HTML (media--lazy-images)', () => {
  const html = runFixture('media--lazy-images').article?.html ?? '';

  it('turns data-src into an absolute src', () => {
    expect(html).toContain('src="https://courier.example/media/lazy-one.jpg"');
  });

  it('turns data-srcset into an absolute srcset and a src', () => {
    expect(html).toContain('srcset="https://courier.example/media/lazy-two-640.jpg 640w, https://courier.example/media/lazy-two.jpg 1280w"');
    expect(html).toContain('src="https://courier.example/media/lazy-two-640.jpg"');
  });

  it('uses the <noscript> fallback instead of a placeholder', () => {
    expect(html).toContain('src="https://courier.example/media/fallback.jpg"');
    expect(html).not.toContain('placeholder.gif');
  });
}); // prettier-ignore
