/**
 * Is an article a news story rather than a blog post, essay or documentation page? News
 * stories carry news schema types, a publication date, a dateline or live at a news path.
 */
import type { PageMetadata } from './page-metadata';
import { NEWS_TYPES, hasType } from './page-metadata';

/** "BERLIN (dpa) –", "PARIS —", "WASHINGTON (Reuters) -", "【ワシントン=共同】", "(AFP) -". */
const DATELINE =
  /^\s*(\p{Lu}[\p{Lu} .,'/-]{2,40}(\([^)]{1,30}\))?\s*[—–-]|【|\S{0,30}\s?\((AFP|AP|Reuters|dpa|EFE|ANSA)\))/u;
/** News-section path words across languages (prefixes: /actualites/, /noticias/, /politik/). */
const NEWS_PATH = /\/(news|nachrichten|actualit|noticia|notizie|nieuws|politi|world|econom|sport)/i;
/** Types that say "a blog post / docs / recipe", not a news story. */
const NOT_NEWS_TYPES = /^(BlogPosting|TechArticle|ScholarlyArticle|Recipe)$/;

/** Decide isNews for a page already judged to be an article; pushes the deciding signals. */
export function newsSignals(
  meta: PageMetadata,
  url: string,
  firstParagraph: string,
  datedUrl: boolean,
  dateInPage: boolean,
  signals: string[],
): boolean {
  if (hasType(meta.types, NEWS_TYPES)) {
    signals.push('news:ld');
    return true;
  }
  // A dated post is timely reporting even where the CMS calls every post a BlogPosting (many
  // small news sites do: see the aeb-dev corpus); only an undated one is an essay or docs page.
  const dated = meta.published || datedUrl || dateInPage;
  if (hasType(meta.types, NOT_NEWS_TYPES) && !dated) return false;
  if (DATELINE.test(firstParagraph.slice(0, 80))) {
    signals.push('news:dateline');
    return true;
  }
  // Dates also name blog posts, but a dated article that does not call itself a blog post is
  // far more often a news story (article--news-en-no-metadata).
  if (meta.published || datedUrl || dateInPage) {
    signals.push('news:dated');
    return true;
  }
  if (NEWS_PATH.test(url)) {
    signals.push('news:path');
    return true;
  }
  return false;
}
