import createDOMPurify from 'dompurify';
import type { Config, DOMPurify } from 'dompurify';

/**
 * The ONLY place where page HTML becomes markup. Everything the reader, the popup and the library
 * show went through sanitizeArticleHtml: no scripts, no event handlers, no javascript: or data:
 * URLs, no forms, and iframes only from a few video hosts.
 *
 * DOMPurify needs a real DOM window: the page's or extension page's own window in a browser, a
 * jsdom window in Node. linkedom's window lacks what DOMPurify checks for (isSupported is false and
 * it would return its input unchanged), so on linkedom pass a jsdom window; see cli/node-dom.ts.
 */

/** What DOMPurify needs from a window. */
export type PurifierWindow = Parameters<typeof createDOMPurify>[0];

/** Video players that may stay embedded. Anything else framed is dropped. */
const VIDEO_HOSTS =
  /^(?:www\.)?(?:youtube\.com|youtube-nocookie\.com|player\.vimeo\.com|vimeo\.com|dailymotion\.com|geo\.dailymotion\.com)$/i;

/** Attributes that highlight.ts and clean/mark-captions.ts put on the article. */
const OUR_ATTRIBUTES = ['data-source-id', 'data-kind', 'data-cue', 'data-sl-caption'];

const CONFIG: Config = {
  FORBID_TAGS: ['form', 'input', 'button', 'select', 'textarea', 'option', 'style', 'link', 'meta', 'base', 'object', 'embed', 'noscript', 'template', 'dialog'],
  ADD_TAGS: ['iframe'],
  ADD_ATTR: ['allowfullscreen', 'allow', 'frameborder', ...OUR_ATTRIBUTES],
  ADD_URI_SAFE_ATTR: OUR_ATTRIBUTES,
  ALLOW_DATA_ATTR: false,
}; // prettier-ignore

/** URLs the reader may load or link to; DOMPurify's default would also let data: images in. */
const SAFE_URL = /^(?:https?:|mailto:|tel:|#)/i;
const URL_ATTRIBUTES = new Set(['href', 'src', 'poster', 'action', 'xlink:href']);

const DROP_WITH_CONTENT = new Set([
  'form',
  'button',
  'select',
  'textarea',
  'option',
  'style',
  'template',
  'noscript',
  'dialog',
  'object',
  'embed',
]);

const purifiers = new WeakMap<object, DOMPurify>();

/** A configured DOMPurify for `win`, or null when DOMPurify cannot run on that window. */
export function purifierFor(win: PurifierWindow | null | undefined): DOMPurify | null {
  if (!win) return null;
  const known = purifiers.get(win);
  if (known) return known;
  const purifier = createDOMPurify(win);
  if (!purifier.isSupported) return null;
  // Set once: passing the config to every sanitize() call made DOMPurify rebuild its allow-lists
  // per article (bench/extract.ts).
  purifier.setConfig(CONFIG);
  purifier.addHook('uponSanitizeElement', (node, data) => {
    const frameNotAllowed =
      data.tagName === 'iframe' && !isVideoFrame((node as Element).getAttribute('src'));
    // Forms and their controls go with their labels and options, not just their tags.
    if (frameNotAllowed || DROP_WITH_CONTENT.has(data.tagName)) node.parentNode?.removeChild(node);
  });
  purifier.addHook('afterSanitizeAttributes', (node) => restrictAttributes(node as Element));
  purifiers.set(win, purifier);
  return purifier;
}

/**
 * What the reader allows beyond DOMPurify's own checks, for each element it keeps. One pass over
 * the attributes the element has (most have none) instead of a lookup per rule: the hook runs on
 * every element of every article.
 */
function restrictAttributes(el: Element): void {
  // Most elements have no attribute left: no list of names to build for them.
  if (!el.tagName || !el.hasAttributes()) return;
  const tag = el.tagName.toLowerCase();
  for (const name of el.getAttributeNames()) {
    const lower = name.toLowerCase();
    const value = el.getAttribute(name) ?? '';
    // Page classes and ids mean nothing in the reader and could collide with its styles; only
    // our own mark classes stay.
    if ((lower === 'class' && tag !== 'mark') || lower === 'id' || lower === 'style') {
      el.removeAttribute(name);
    } else if (URL_ATTRIBUTES.has(lower) && !SAFE_URL.test(value.trim())) {
      el.removeAttribute(name);
    } else if (lower === 'srcset' && /(?:^|,)\s*(?!https?:)\S+:/i.test(value)) {
      el.removeAttribute(name);
    }
  }
  if (tag === 'a' && el.hasAttribute('href')) {
    el.setAttribute('rel', 'noopener noreferrer nofollow');
    el.setAttribute('target', '_blank');
  }
}

function isVideoFrame(src: string | null): boolean {
  if (!src) return false;
  try {
    const url = new URL(src);
    return url.protocol === 'https:' && VIDEO_HOSTS.test(url.hostname);
  } catch {
    return false;
  }
}

/** Elements DOMPurify would drop anyway: removing them first keeps its parse small. */
const DEAD_WEIGHT =
  'script,style,link,meta,noscript,template,svg,form,input,button,select,textarea,object,embed';
const KEPT_ATTRIBUTES =
  /^(?:href|src|srcset|sizes|alt|title|width|height|colspan|rowspan|datetime|cite|lang|dir|allow|allowfullscreen|frameborder|poster|controls|start|reversed|type|class|data-source-id|data-kind|data-cue|data-sl-caption)$/;

/**
 * Drops from a private clone what sanitizing would remove anyway (scripts, styles, svg, forms,
 * page attributes), so that DOMPurify has less to parse. Not a security step: DOMPurify still
 * checks everything that remains.
 */
export function shrinkBeforeSanitizing(body: Element): void {
  for (const el of Array.from(body.querySelectorAll(DEAD_WEIGHT))) el.remove();
  for (const el of Array.from(body.querySelectorAll('*'))) {
    for (const name of el.getAttributeNames()) {
      if (
        !KEPT_ATTRIBUTES.test(name) ||
        (name === 'class' && el.tagName.toLowerCase() !== 'mark')
      ) {
        el.removeAttribute(name);
      }
    }
  }
}

/**
 * Sanitized markup for an article body's HTML. Throws when `win` cannot run DOMPurify: showing
 * unsanitized page HTML is never an option.
 */
export function sanitizeArticleHtml(html: string, win: PurifierWindow | null | undefined): string {
  const purifier = purifierFor(win);
  if (!purifier)
    throw new Error('no DOM window able to run DOMPurify (on linkedom, pass a jsdom window)');
  return purifier.sanitize(html);
}
