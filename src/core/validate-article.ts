/**
 * Shape checks for article data that crossed a trust boundary: results returned by a page's
 * content script, or articles imported from a file. They return a fresh, plain copy with only the
 * known fields, or throw with the first field that is wrong. HTML is NOT made safe here: whoever
 * renders `html` still passes it through sanitize.ts.
 */
import type {
  Article,
  ArticleLink,
  Detection,
  ExtractResult,
  Mention,
  Source,
  SourceKind,
} from './types';

const KINDS: readonly SourceKind[] = ['person', 'organization', 'media', 'document', 'anonymous'];
const MAX_TEXT = 8 * 1024 * 1024;
const MAX_ITEMS = 5000;

type Json = Record<string, unknown>;

function object(value: unknown, where: string): Json {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new Error(`${where}: not an object`);
  return value as Json;
}
function string(value: unknown, where: string, max = MAX_TEXT): string {
  if (typeof value !== 'string' || value.length > max) throw new Error(`${where}: not a string`);
  return value;
}
function nullableString(value: unknown, where: string): string | null {
  return value === null || value === undefined ? null : string(value, where, 100_000);
}
function number(value: unknown, where: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value))
    throw new Error(`${where}: not a number`);
  return value;
}
function array(value: unknown, where: string): unknown[] {
  if (!Array.isArray(value) || value.length > MAX_ITEMS) throw new Error(`${where}: not a list`);
  return value;
}

function mention(value: unknown, where: string): Mention {
  const raw = object(value, where);
  const out: Mention = {
    text: string(raw.text, `${where}.text`, 1000),
    cue: string(raw.cue, `${where}.cue`, 200),
    start: number(raw.start, `${where}.start`),
    end: number(raw.end, `${where}.end`),
  };
  if (raw.quote !== undefined) out.quote = string(raw.quote, `${where}.quote`, 20_000);
  return out;
}

function source(value: unknown, where: string): Source {
  const raw = object(value, where);
  const kind = raw.kind as SourceKind;
  if (!KINDS.includes(kind)) throw new Error(`${where}.kind: unknown kind`);
  return {
    id: string(raw.id, `${where}.id`, 200),
    name: string(raw.name, `${where}.name`, 1000),
    kind,
    mentions: array(raw.mentions, `${where}.mentions`).map((m, i) =>
      mention(m, `${where}.mentions[${i}]`),
    ),
  };
}

function link(value: unknown, where: string): ArticleLink {
  const raw = object(value, where);
  return {
    href: string(raw.href, `${where}.href`, 8192),
    text: string(raw.text, `${where}.text`, 2000),
    domain: string(raw.domain, `${where}.domain`, 300),
    external: raw.external === true,
  };
}

/** Checks one article; throws on the first wrong field. */
export function validateArticle(value: unknown, where = 'article'): Article {
  const raw = object(value, where);
  const dir = raw.dir === 'rtl' || raw.dir === 'ltr' ? raw.dir : null;
  return {
    title: string(raw.title, `${where}.title`, 10_000),
    byline: nullableString(raw.byline, `${where}.byline`),
    siteName: nullableString(raw.siteName, `${where}.siteName`),
    publishedTime: nullableString(raw.publishedTime, `${where}.publishedTime`),
    lang: nullableString(raw.lang, `${where}.lang`),
    dir,
    excerpt: nullableString(raw.excerpt, `${where}.excerpt`),
    leadImage: nullableString(raw.leadImage, `${where}.leadImage`),
    wordCount: number(raw.wordCount, `${where}.wordCount`),
    readingMinutes: number(raw.readingMinutes, `${where}.readingMinutes`),
    html: string(raw.html, `${where}.html`),
    text: string(raw.text, `${where}.text`),
    sources: array(raw.sources, `${where}.sources`).map((s, i) =>
      source(s, `${where}.sources[${i}]`),
    ),
    links: array(raw.links, `${where}.links`).map((l, i) => link(l, `${where}.links[${i}]`)),
  };
}

function detection(value: unknown): Detection {
  const raw = object(value, 'detection');
  return {
    isArticle: raw.isArticle === true,
    isNews: raw.isNews === true,
    score: number(raw.score, 'detection.score'),
    signals: array(raw.signals, 'detection.signals').map((s, i) =>
      string(s, `detection.signals[${i}]`, 200),
    ),
  };
}

/** Checks what the extraction bundle returned from a page. */
export function validateExtractResult(value: unknown): ExtractResult {
  const raw = object(value, 'result');
  const result: ExtractResult = {
    detection: detection(raw.detection),
    article:
      raw.article === null || raw.article === undefined ? null : validateArticle(raw.article),
  };
  if (raw.error !== undefined) result.error = string(raw.error, 'error', 2000);
  return result;
}
