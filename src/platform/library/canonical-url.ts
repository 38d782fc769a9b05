/**
 * The key a saved article is known by: its URL without what differs between two visits of the same
 * article (the #fragment, campaign and click-tracking parameters, a default port, "www." case).
 * Saving the same article from a newsletter link and from the site's front page must update one
 * record, not add two.
 */

/** Query parameters that only say how the reader arrived, never which page it is. */
const TRACKING_PARAM =
  /^(?:utm_.+|fbclid|gclid|gclsrc|dclid|gbraid|wbraid|msclkid|mc_cid|mc_eid|_hsenc|_hsmi|hsctatracking|igshid|yclid|twclid|ttclid|li_fat_id|mkt_tok|oly_anon_id|oly_enc_id|vero_id|wt_mc|wt\.mc_id|at_medium|at_campaign|at_custom\d*|cmpid|ito|ncid|ocid|rss|ref_src|ref_url|s_cid|smid|sr_share|share|__twitter_impression|spm|sc_cid|cid|icid|xtor)$/i;

/** The canonical form of `url`; throws on anything that is not an absolute http(s) URL. */
export function canonicalUrl(url: string): string {
  const parsed = new URL(url);
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new Error(`only web pages can be saved, not ${parsed.protocol} URLs`);
  }
  parsed.hash = '';
  parsed.username = '';
  parsed.password = '';
  for (const name of [...parsed.searchParams.keys()]) {
    if (TRACKING_PARAM.test(name)) parsed.searchParams.delete(name);
  }
  // An emptied query leaves a bare "?" behind in some engines.
  if (![...parsed.searchParams.keys()].length) parsed.search = '';
  parsed.hostname = parsed.hostname.toLowerCase();
  return parsed.href;
}

/** True for an absolute http(s) URL, the only kind the library stores. */
export function isWebUrl(url: string): boolean {
  try {
    const { protocol } = new URL(url);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}
