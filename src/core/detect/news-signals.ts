/**
 * Is an article a news story rather than a blog post, essay or documentation page? News
 * stories carry news schema types, a publication date, a dateline or live at a news path.
 */
import type { PageMetadata } from './page-metadata';
import { NEWS_TYPES, hasType } from './page-metadata';

/** "BERLIN (dpa) –", "PARIS —", "WASHINGTON (Reuters) -", "【ワシントン=共同】", "(AFP) -". */
const DATELINE =
  /^\s*(\p{Lu}[\p{Lu} .,'/-]{2,40}(\([^)]{1,30}\))?\s*[—–-]|【|\S{0,30}\s?\((AFP|AP|Reuters|dpa|EFE|ANSA)\))/u;
/**
 * News words across languages in the path (/actualites/, /noticias/, /politik/) or the host: portals
 * serve stories from a news subdomain with opaque paths (n.news.example/mnews/article/081/000342,
 * article--news-ko-br-separated).
 */
const NEWS_PATH =
  /[/.](news|nachrichten|actualit|noticia|notizie|nieuws|politi|world|econom|sport)/i;
/**
 * Docs, papers and recipes are not news, even dated: recipe sites date every Recipe
 * (article--recipe-site-with-reviews). A page that is also a BlogPosting is a blog post, news
 * when dated (a dated recipe post on a food blog, as in the corpus).
 */
const NOT_NEWS_TYPES = /^(TechArticle|ScholarlyArticle|Recipe)$/;

/**
 * Decide isNews for a page already judged to be an article; pushes the deciding signals.
 * @param dateInPage is there a publication date in the page? Asked only when nothing else
 *   decides: it queries the whole page.
 */
export function newsSignals(
  meta: PageMetadata,
  url: string,
  firstParagraph: string,
  datedUrl: boolean,
  dateInPage: () => boolean,
  signals: string[],
): boolean {
  if (hasType(meta.types, NEWS_TYPES)) {
    signals.push('news:ld');
    return true;
  }
  // A dated post is timely reporting even where the CMS calls every post a BlogPosting (many
  // small news sites do: see the aeb-dev corpus); only an undated one is an essay or docs page.
  // Wiki pages (/wiki/: MediaWiki and its kin) are reference pages: their JSON-LD dates the
  // page's creation (article--reference-wiki-dated-jsonld).
  const dated = meta.published || datedUrl || dateInPage();
  if (
    (meta.types.has('BlogPosting') ? !dated : hasType(meta.types, NOT_NEWS_TYPES)) ||
    /\/wiki\//.test(url)
  )
    return false;
  if (DATELINE.test(firstParagraph.slice(0, 80))) {
    signals.push('news:dateline');
    return true;
  }
  // Dates also name blog posts, but a dated article that does not call itself a blog post is
  // far more often a news story (article--news-en-no-metadata).
  if (dated) {
    signals.push('news:dated');
    return true;
  }
  if (NEWS_PATH.test(url)) {
    signals.push('news:path');
    return true;
  }
  return false;
}
