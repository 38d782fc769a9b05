/** What the cleaning rules may consult besides the body. Read-only. */
export interface CleaningContext {
  /** The original page (never changed): evidence such as blocks repeated around the article. */
  page: Document;
  /** The page's registrable domain, '' when unknown: tells same-site links from citations. */
  pageHost: string;
  /** The article title, to drop a repeated headline. */
  title: string;
}

/** One class of boilerplate: removes it from `body`, which belongs to a private clone. */
export type CleaningRule = (body: Element, context: CleaningContext) => void;
