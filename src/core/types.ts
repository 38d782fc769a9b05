/**
 * The plain data shapes that core returns. These are the contracts in
 * shared/docs/architecture.md: the CLI, the benchmarks and the extension pages rely on them.
 */

/** What the detector says about a page. */
export interface Detection {
  isArticle: boolean;
  isNews: boolean;
  /** 0..1: how sure the detector is that this is an article. */
  score: number;
  /** Short names of the signals that decided, for debugging and the popup. */
  signals: string[];
}

export type SourceKind = 'person' | 'organization' | 'media' | 'document' | 'anonymous';

/** One place in article.text where a source is named. */
export interface Mention {
  /** The words naming the source, as written. */
  text: string;
  /** The attribution cue: "said", "according to", "in an interview with", "quote"... */
  cue: string;
  /** The quoted words, for direct quotes. */
  quote?: string;
  /** Offsets of `text` in article.text. */
  start: number;
  end: number;
}

export interface Source {
  id: string;
  name: string;
  kind: SourceKind;
  mentions: Mention[];
}

export interface ArticleLink {
  href: string;
  text: string;
  domain: string;
  external: boolean;
}

export interface Article {
  title: string;
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
  lang: string | null;
  dir: 'ltr' | 'rtl' | null;
  excerpt: string | null;
  leadImage: string | null;
  wordCount: number;
  readingMinutes: number;
  /** Sanitized, cleaned article HTML with source marks. */
  html: string;
  /** Plain text of the cleaned body, paragraphs separated by blank lines. */
  text: string;
  sources: Source[];
  links: ArticleLink[];
}

export interface ExtractResult {
  file?: string;
  detection: Detection;
  article: Article | null;
  error?: string;
}
