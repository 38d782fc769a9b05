/**
 * What the library keeps per article, and the small summary its list shows. The full record is
 * read only when an article is opened or exported; the list and its filters read summaries.
 */
import type { Article } from '../../core/types';
import { siteOfUrl } from '../../core/metadata/registrable-domain';
import { distinctTerms } from './search-tokens';

export interface SavedArticle {
  /** The canonical URL (see canonical-url.ts): saving the same article again updates this record. */
  id: string;
  /** The URL the article was last saved from. */
  url: string;
  /** First saved, ms since the epoch; the list is ordered by it, newest first. */
  savedAt: number;
  /** Last saved again or edited. */
  updatedAt: number;
  tags: string[];
  /** Sanitized HTML with source marks, text, metadata and sources, as extracted. */
  article: Article;
}

export interface ArticleSummary {
  id: string;
  /** The article's number in the search index's posting lists. */
  doc: number;
  title: string;
  /** The publication's name, else its domain. */
  site: string;
  /** The registrable domain, which the site filter groups by. */
  domain: string;
  savedAt: number;
  readingMinutes: number;
  sourceCount: number;
  mentionCount: number;
  /** Names of the cited sources, for the source filter. */
  sourceNames: string[];
}

/** One article's entry in the search index: its number and its distinct normalised terms. */
export interface SearchEntry {
  id: string;
  doc: number;
  terms: string[];
}

/** One term of the inverted index: the numbers of the articles that contain it. */
export interface Posting {
  term: string;
  docs: number[];
}

export function summarize(saved: SavedArticle, doc: number): ArticleSummary {
  const { article } = saved;
  const domain = siteOfUrl(saved.url);
  return {
    id: saved.id,
    doc,
    title: article.title || saved.url,
    site: article.siteName?.trim() || domain,
    domain,
    savedAt: saved.savedAt,
    readingMinutes: article.readingMinutes,
    sourceCount: article.sources.length,
    mentionCount: article.sources.reduce((sum, source) => sum + source.mentions.length, 0),
    sourceNames: article.sources.map((source) => source.name),
  };
}

/** Titles, texts and source names are searchable; so are the site and the tags. */
export function searchEntryOf(saved: SavedArticle): Omit<SearchEntry, 'doc'> {
  const { article } = saved;
  return {
    id: saved.id,
    terms: distinctTerms([
      article.title,
      article.siteName ?? '',
      article.byline ?? '',
      article.sources.map((source) => source.name).join('\n'),
      saved.tags.join(' '),
      article.text,
    ]),
  };
}
