import createDOMPurify from 'dompurify';
import type { Config, DOMPurify } from 'dompurify';
import { CAPTION_ATTRIBUTE, isBlock } from './article-text';

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

/**
 * Attributes that highlight.ts and clean/mark-captions.ts put on the article. The marks' come after
 * sanitizing in build-article.ts; they are allowed here for the extension pages, which sanitize
 * the article again when they render it (ui/safe-fragment.ts), and for imported libraries.
 */
const OUR_ATTRIBUTES = ['data-source-id', 'data-kind', 'data-cue', 'data-sl-caption'];

const CONFIG: Config = {
  FORBID_TAGS: ['form', 'input', 'button', 'select', 'textarea', 'option', 'style', 'link', 'meta', 'base', 'object', 'embed', 'noscript', 'template', 'dialog'],
  ADD_TAGS: ['iframe'],
  ADD_ATTR: ['allowfullscreen', 'allow', 'frameborder', ...OUR_ATTRIBUTES],
  ADD_URI_SAFE_ATTR: OUR_ATTRIBUTES,
  ALLOW_DATA_ATTR: false,
  // The sanitized <body>, not its markup: sanitizeAndAnnotate marks it, serializes it itself,
  // then lets the tree go (see there).
  RETURN_DOM: true,
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

/** Why nothing can be sanitized (and so nothing shown) on a window. */
export const NO_PURIFIER = 'no DOM window able to run DOMPurify (on linkedom, pass a jsdom window)';

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
  // Before DOMPurify's own element checks, not in its uponSanitizeElement hook: with a hook there,
  // DOMPurify copies its whole tag allow-list on every call, in case the hook edits it.
  purifier.addHook('beforeSanitizeElements', dropUnwantedElement(win));
  purifier.addHook('afterSanitizeAttributes', (node) => restrictAttributes(node as Element));
  purifiers.set(win, purifier);
  return purifier;
}

/**
 * Removes, with their content, framed pages from other than the video hosts, and forms and their
 * controls (with their labels and options, not just their tags). The node's name is read, and
 * the node removed, through the DOM's prototypes: this runs before DOMPurify's check for a form
 * whose controls shadow its properties (<input name="nodeName">, name="parentNode"...).
 */
function dropUnwantedElement(win: NonNullable<PurifierWindow>): (node: Node) => void {
  const proto = win.Node.prototype;
  const nodeType = Object.getOwnPropertyDescriptor(proto, 'nodeType')?.get;
  const nodeName = Object.getOwnPropertyDescriptor(proto, 'nodeName')?.get;
  const remove = win.Element.prototype.remove;
  if (!nodeType || !nodeName) throw new Error('a DOM window without Node.prototype getters');
  return (node) => {
    if (nodeType.call(node) !== proto.ELEMENT_NODE) return;
    const tag = String(nodeName.call(node)).toLowerCase();
    const frameNotAllowed =
      tag === 'iframe' && !isVideoFrame((node as Element).getAttribute('src'));
    if (frameNotAllowed || DROP_WITH_CONTENT.has(tag)) remove.call(node as Element);
  };
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
const DEAD_WEIGHT = new Set(['script', 'style', 'link', 'meta', 'noscript', 'template', 'svg', 'form', 'input', 'button', 'select', 'textarea', 'object', 'embed']); // prettier-ignore
/**
 * The page attributes that may matter in the reader. No class and none of the marks' attributes:
 * the source marks are added after sanitizing (build-article.ts), so a page's own
 * <mark class="sl-mark" data-source-id> would only pose as one of them.
 */
const KEPT_ATTRIBUTES =
  /^(?:href|src|srcset|sizes|alt|title|width|height|colspan|rowspan|datetime|cite|lang|dir|allow|allowfullscreen|frameborder|poster|controls|start|reversed|type|data-sl-caption)$/;

/** Elements whose white space is content: the blank text in them stays. */
const KEEPS_WHITE_SPACE = new Set(['pre', 'listing', 'xmp', 'plaintext', 'textarea']);

/**
 * Only the white space CSS collapses (spaces, tabs, line breaks); a no-break space or a form feed
 * is content.
 */
const COLLAPSIBLE_ONLY = /^[ \t\n\r]*$/;

/**
 * A block both in the reader and in article-text.ts. Not one that goes before sanitizing (a form:
 * the white space beside it is then what separates the words around it) or a caption, which the
 * article text skips like inline markup.
 */
function isBlockElement(node: Node | null): boolean {
  if (node?.nodeType !== 1) return false;
  const el = node as Element;
  return isBlock(el) && !DEAD_WEIGHT.has(el.localName) && !el.hasAttribute(CAPTION_ATTRIBUTE);
}

/**
 * A text node of only collapsible white space beside a block (or at the edge of a block parent):
 * it shows nothing, since a line never starts or ends with collapsed white space, and
 * article-text.ts reads nothing from it. Such nodes were 3,163 of the 12,794 nodes of the
 * corpus's cleaned articles, and each costs DOMPurify's DOM a node. The text is tested first: most
 * text nodes hold words, and fail at their first character.
 */
function isBlankBesideBlock(text: Node, parent: Element): boolean {
  if (!COLLAPSIBLE_ONLY.test((text as Text).data)) return false;
  const before = text.previousSibling;
  const after = text.nextSibling;
  return (
    isBlockElement(before) || isBlockElement(after) || ((!before || !after) && isBlock(parent))
  );
}

/**
 * Drops from a private clone what sanitizing would remove anyway (scripts, styles, svg, forms,
 * comments, page attributes) or what shows nothing (white space between blocks), so that
 * DOMPurify has less to parse, and the page's classes, so that no page element poses as a source
 * mark. Not a security step: DOMPurify still checks everything that remains. One walk that skips
 * what it removes: two selector queries (one for the dead weight, one for every element) cost
 * twice the walk on linkedom.
 */
export function shrinkBeforeSanitizing(body: Element): void {
  shrinkChildren(body, false);
}

/** shrinkBeforeSanitizing below `parent`; `keepWhiteSpace` inside preformatted elements. */
function shrinkChildren(parent: Element, keepWhiteSpace: boolean): void {
  let child = parent.firstChild;
  while (child) {
    const next = child.nextSibling;
    if (child.nodeType === 1) {
      const el = child as Element;
      const name = el.localName;
      if (DEAD_WEIGHT.has(name)) {
        el.remove();
      } else {
        if (el.hasAttributes()) dropPageAttributes(el);
        shrinkChildren(el, keepWhiteSpace || KEEPS_WHITE_SPACE.has(name));
      }
    } else if (
      child.nodeType === 8 ||
      (child.nodeType === 3 && !keepWhiteSpace && isBlankBesideBlock(child, parent))
    ) {
      child.remove();
    }
    child = next;
  }
}

function dropPageAttributes(el: Element): void {
  for (const name of el.getAttributeNames()) {
    if (!KEPT_ATTRIBUTES.test(name)) el.removeAttribute(name);
  }
}

/**
 * Sanitized markup for an article body's HTML. Throws when `win` cannot run DOMPurify: showing
 * unsanitized page HTML is never an option.
 */
export function sanitizeArticleHtml(html: string, win: PurifierWindow | null | undefined): string {
  return sanitizeAndAnnotate(html, win, () => undefined).html;
}

/** An empty stand-in for the body of an empty parse. */
function emptyBody(win: NonNullable<PurifierWindow>): Element {
  if (!win.document) throw new Error(NO_PURIFIER);
  return win.document.createElement('body');
}

/**
 * Sanitizes `html`, hands the sanitized tree to `annotate`, then serializes the tree.
 * build-article.ts reads the article text from that tree and marks the cited sources in it:
 * marking after DOMPurify spares it the marks (a fifth of its work on the corpus,
 * bench/extract.ts). `annotate` may only add our own markup (sl-mark elements with our
 * attributes, values from our tables or set through setAttribute, which the serializer escapes),
 * never page markup; extension pages sanitize again when they render (ui/safe-fragment.ts), which
 * lets exactly those marks through.
 */
export function sanitizeAndAnnotate<T>(
  html: string,
  win: PurifierWindow | null | undefined,
  annotate: (body: Element) => T,
): { html: string; value: T } {
  const purifier = purifierFor(win);
  if (!purifier || !win) throw new Error(NO_PURIFIER);
  // With RETURN_DOM set by setConfig (invisible to DOMPurify's types), sanitize() returns the
  // sanitized <body> of its parse, or null for an empty parse.
  const body = (purifier.sanitize(html) as unknown as Element | null) ?? emptyBody(win);
  const value = annotate(body);
  // The same markup DOMPurify would return: its own serialization is body.innerHTML.
  const markup = body.innerHTML;
  // Empty the parse before letting it go. DOMPurify's NodeIterator stays registered with jsdom's
  // document through a WeakRef, which V8's young-generation collections treat as strong: each
  // sanitized tree used to survive them, be copied to the old generation and wait there for a
  // full collection. Emptied, the tree dies young. (In a browser this costs nothing.)
  body.replaceChildren();
  return { html: markup, value };
}
