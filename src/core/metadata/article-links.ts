import type { ArticleLink } from '../types';
import { absoluteUrl } from './base-url';
import { normalizeHost, registrableDomain, siteOfUrl } from './registrable-domain';

/**
 * The links in the article body, absolute, each marked external or same-site by registrable
 * domain (so news.example.co.uk and www.example.co.uk are the same site).
 */
export function articleLinks(body: Element, base: string, pageUrl: string): ArticleLink[] {
  // Without a page URL every link counts as external.
  const ownSite = siteOfUrl(pageUrl);
  const links: ArticleLink[] = [];
  for (const anchor of Array.from(body.querySelectorAll('a[href]'))) {
    const href = absoluteUrl(anchor.getAttribute('href'), base);
    if (!href || !/^https?:/.test(href)) continue;
    const host = new URL(href).hostname;
    links.push({
      href,
      text: (anchor.textContent ?? '').replace(/\s+/g, ' ').trim(),
      domain: normalizeHost(host),
      external: registrableDomain(host) !== ownSite,
    });
  }
  return links;
}
