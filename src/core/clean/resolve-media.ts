import { absoluteUrl } from '../metadata/base-url';

/**
 * Images and frames as the reader must show them, outside the page's scripts: lazy-loading
 * attributes (data-src, data-lazy-src, data-original, data-srcset) become src/srcset, placeholders
 * (data: URIs, 1x1 gifs) give way to the real image, <noscript> fallbacks are used when the image
 * has nothing better, and every URL becomes absolute. Fixture: media--lazy-images.
 */
const LAZY_SRC = [
  'data-src',
  'data-lazy-src',
  'data-original',
  'data-lazy',
  'data-url',
  'data-hi-res-src',
];
const LAZY_SRCSET = ['data-srcset', 'data-lazy-srcset'];
const URL_ATTRIBUTES = ['src', 'href', 'poster'];

const isPlaceholder = (src: string | null): boolean =>
  !src ||
  src.startsWith('data:') ||
  /(?:blank|spacer|placeholder|pixel|1x1|transparent)\.(?:gif|png|svg)/i.test(src);

function absoluteSrcset(srcset: string, base: string): string {
  return srcset
    .split(/,\s+/)
    .map((entry) => {
      const [url, ...descriptor] = entry.trim().split(/\s+/);
      const absolute = absoluteUrl(url, base);
      return absolute ? [absolute, ...descriptor].join(' ') : '';
    })
    .filter(Boolean)
    .join(', ');
}

function resolveImage(img: Element): void {
  if (isPlaceholder(img.getAttribute('src'))) {
    const lazy = LAZY_SRC.map((name) => img.getAttribute(name)).find(
      (value) => value && !isPlaceholder(value),
    );
    if (lazy) img.setAttribute('src', lazy);
  }
  const lazySet = LAZY_SRCSET.map((name) => img.getAttribute(name)).find(Boolean);
  if (lazySet) img.setAttribute('srcset', lazySet);
  if (isPlaceholder(img.getAttribute('src'))) {
    const first = img.getAttribute('srcset')?.trim().split(/\s+/)[0];
    if (first) img.setAttribute('src', first);
  }
}

/** The <img> hidden in a <noscript> next to a placeholder image, if any. */
function noscriptImage(noscript: Element): string | null {
  const markup = noscript.textContent ?? '';
  const match = /<img[^>]+src=["']([^"']+)["']/i.exec(markup) ?? null;
  const inner = noscript.querySelector('img')?.getAttribute('src') ?? null;
  return inner ?? match?.[1] ?? null;
}

export function resolveMedia(body: Element, base: string): void {
  for (const noscript of Array.from(body.querySelectorAll('noscript'))) {
    const src = noscriptImage(noscript);
    const previous = noscript.previousElementSibling;
    if (
      src &&
      previous?.tagName.toUpperCase() === 'IMG' &&
      isPlaceholder(previous.getAttribute('src'))
    ) {
      previous.setAttribute('src', src);
    } else if (src && !previous) {
      const img = noscript.ownerDocument.createElement('img');
      img.setAttribute('src', src);
      noscript.parentNode?.insertBefore(img, noscript);
    }
    noscript.remove();
  }
  // One pass: each step below reads and writes only the element's own attributes, so doing all
  // of them per element gives what a pass per step gave, for one walk instead of three.
  for (const el of Array.from(body.querySelectorAll('*'))) {
    if (!el.hasAttributes()) continue;
    if (el.localName === 'img') resolveImage(el);
    for (const name of URL_ATTRIBUTES) {
      const value = el.getAttribute(name);
      if (value === null || value.startsWith('#')) continue;
      const absolute = absoluteUrl(value, base);
      if (absolute) el.setAttribute(name, absolute);
      else el.removeAttribute(name);
    }
    const srcset = el.getAttribute('srcset');
    if (srcset !== null) el.setAttribute('srcset', absoluteSrcset(srcset, base));
  }
}
