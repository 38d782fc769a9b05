/**
 * Words that give boilerplate away, kept per language. Structure decides first; these tables only
 * confirm a block that is already short, trailing or link-heavy. Add a language by adding a row.
 */
import { isWhiteSpace } from '../white-space';

/** Labels that introduce a list or a line of links to other stories. */
export const LEAD_IN_LABELS: Record<string, string[]> = {
  en: ['read also', 'also read', 'read more', 'see also', 'see more', 'related', 'more', 'more from',
    'more on this', 'recommended', "don't miss", 'you may also like', 'you might also like',
    'most read', 'popular', 'trending', 'latest news', 'top stories', 'further reading', 'watch'],
  pt: ['leia também', 'leia mais', 'veja também', 'saiba mais', 'relacionadas', 'mais lidas'],
  es: ['lee también', 'lea también', 'te puede interesar', 'relacionado', 'relacionadas', 'más leídas'],
  it: ['leggi anche', 'potrebbe interessarti', 'correlati', 'articoli correlati', 'più letti'],
  id: ['baca juga', 'berita terkait', 'artikel terkait', 'terpopuler'],
  fr: ['lire aussi', 'à lire aussi', 'voir aussi', 'sur le même sujet'],
  de: ['lesen sie auch', 'mehr zum thema', 'auch interessant', 'meistgelesen'],
  ko: ['관련기사', '관련 기사', '함께 보기', '많이 본 뉴스'],
  uk: ['читайте також', 'більше новин'],
  ru: ['читайте также', 'по теме'],
}; // prettier-ignore

/** Labels that mark an advertisement slot or a "story continues" break. */
export const AD_LABELS: Record<string, string[]> = {
  en: ['advertisement', 'advert', 'ad', 'sponsored', 'continue reading below', 'story continues below',
    'article continues below', 'continue reading', 'skip to content', 'this slideshow requires javascript'],
  pt: ['publicidade', 'continua depois da publicidade', 'anúncio'],
  es: ['publicidad', 'anuncio'],
  it: ['pubblicità'],
  id: ['iklan', 'advertisement'],
  fr: ['publicité'],
  de: ['anzeige', 'werbung'],
  ko: ['광고'],
  uk: ['реклама'],
}; // prettier-ignore

/** Stems of appeals: subscribe, newsletter, donate, membership, follow us, share. */
export const APPEAL_STEMS: Record<string, string[]> = {
  en: ['subscribe', 'newsletter', 'sign up', 'inbox', 'donat', 'become a patron', 'support our',
    'support us', 'support independent', 'join our community', 'membership', 'follow us',
    'share this', 'download our app', 'get the app', 'have a tip', 'news tip', 'contact us at',
    'all rights reserved', 'copyright', 'you could close this page', 'readers like you',
    'cup of coffee', 'ways to support', 'support our journalism', 'help us', 'patreon'],
  pt: ['assine', 'newsletter', 'inscreva-se', 'apoie', 'siga-nos', 'compartilhe', 'todos os direitos'],
  es: ['suscríbete', 'suscribete', 'boletín', 'apoya', 'síguenos', 'comparte', 'todos los derechos'],
  it: ['iscriviti', 'abbonati', 'sostienici', 'seguici', 'condividi', 'tutti i diritti'],
  id: ['berlangganan', 'ikuti kami', 'bagikan', 'dukung kami', 'hak cipta'],
  fr: ['abonnez-vous', 'inscrivez-vous', 'soutenez', 'suivez-nous', 'partager', 'tous droits'],
  de: ['abonnieren', 'newsletter', 'unterstützen sie', 'folgen sie uns', 'teilen'],
  ko: ['구독', '무단전재', '재배포 금지', '제보'],
  uk: ['підпишіться', 'підтримайте'],
}; // prettier-ignore

/** Words of cookie and consent notices. */
export const COOKIE_STEMS = ['cookie', '쿠키', 'gdpr', 'consent', 'consentimento', 'consenso'];

/** Labels of image credits ("Photo: X", "(Image: © X)"). */
export const CREDIT_LABELS = ['photo', 'image', 'foto', 'picture', 'credit', 'source', 'fonte',
  'fuente', 'sumber', 'crédit', 'bild', 'imagem', 'gambar', '사진', 'фото']; // prettier-ignore

const flatten = (table: Record<string, string[]>): string[] => Object.values(table).flat();

const normalize = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[\s\u00a0]+/g, ' ')
    .replace(/^[\s\-–—•:|>»[(]+|[\s\-–—•:|.!…>»\])]+$/g, '');

const LEAD_INS = new Set(flatten(LEAD_IN_LABELS));
const ADS = new Set(flatten(AD_LABELS));
const APPEALS = flatten(APPEAL_STEMS);

/** The longest label of either table: a text that keeps more characters cannot be one. */
const LONGEST_LABEL = Math.max(...[...LEAD_INS, ...ADS].map((label) => label.length));
const LEADING_PUNCTUATION = /[\s\-–—•:|>»[(]/;
const TRAILING_PUNCTUATION = /[\s\-–—•:|.!…>»\])]/;

/**
 * Could `text` normalize to a label? The rules ask this of every paragraph, and normalizing a
 * long paragraph (lower-casing, two replacements) only to miss the set was a tenth of cleaning.
 * normalize() only drops the punctuation at the ends and shortens whitespace runs to one
 * space, and lower-casing never shortens a character: so a text with more non-space characters
 * between its ends than the longest label normalizes to a string no label equals.
 */
function mayBeLabel(text: string): boolean {
  let start = 0;
  let end = text.length;
  while (start < end && LEADING_PUNCTUATION.test(text.charAt(start))) start++;
  while (end > start && TRAILING_PUNCTUATION.test(text.charAt(end - 1))) end--;
  if (end - start <= LONGEST_LABEL) return true;
  let kept = 0;
  for (let i = start; i < end; i++) {
    if (!isWhiteSpace(text.charCodeAt(i)) && ++kept > LONGEST_LABEL) return false;
  }
  return true;
}

/** Is the whole text one of the lead-in labels ("Read also:", "Leia também")? */
export const isLeadInLabel = (text: string): boolean =>
  mayBeLabel(text) && LEAD_INS.has(normalize(text));

/** Does the text start with a lead-in label followed by a colon ("Related: ...")? */
export function startsWithLeadIn(text: string): boolean {
  const head = /^([^:：|]{2,30})[:：|]/.exec(text.trim());
  return head !== null && isLeadInLabel(head[1] as string);
}

/** Is the whole text an advertisement label ("Advertisement", "Publicidade")? */
export const isAdLabel = (text: string): boolean => mayBeLabel(text) && ADS.has(normalize(text));

/** How many appeal stems the text contains. */
export function appealScore(text: string): number {
  const lower = text.toLowerCase();
  return APPEALS.filter((stem) => lower.includes(stem)).length;
}

/** Does the text talk about cookies or consent? */
export function mentionsCookies(text: string): boolean {
  const lower = text.toLowerCase();
  return COOKIE_STEMS.some((stem) => lower.includes(stem));
}
