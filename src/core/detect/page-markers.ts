/**
 * Structural markers of pages that are not for reading: shops (prices, cart buttons), login
 * and checkout forms, app shells. They rely on markup, not on words, so they work in any
 * language.
 */
import { ARTICLE_BODY } from './page-metadata';

export interface PageMarkers {
  /** A password field: login, sign-up or checkout page (see fixture not-article--login). */
  password: boolean;
  /** Price and add-to-cart markers (see fixtures not-article--shop-*). */
  prices: number;
  cart: boolean;
}

const PASSWORD = 'input[type=password]';
const PRICE = '[itemprop=price],[class*=price],meta[property$="price:amount"]';
const CART_BUTTON = '[class*=add-to-cart],[name*=add-to-cart],[name=quantity]';
const CART = '[action*=cart],[action*=basket],' + CART_BUTTON;

/**
 * Every element that may be a marker, and the article-body microdata that readMetadata looks for,
 * in one query: few pages have any of them, and linkedom (the CLI) compiles every selector it is
 * given and walks the whole tree in JavaScript once per query (these were four queries). Each
 * reader sorts the elements out with its own selectors, so the query may take in more: `[action]`
 * (any form) stands for CART's two action tests, one test less per element for the odd search
 * form among the results.
 */
export function queryMarked(doc: Document): NodeListOf<Element> {
  return doc.querySelectorAll(
    ARTICLE_BODY + ',' + PASSWORD + ',' + PRICE + ',[action],' + CART_BUTTON,
  );
}

/**
 * Look for shop and form markers.
 * @param marked the page's elements from queryMarked
 */
export function findMarkers(marked: NodeListOf<Element>): PageMarkers {
  let password = false;
  let prices = 0;
  let cart = false;
  for (const el of marked) {
    password ||= el.matches(PASSWORD);
    if (el.matches(PRICE)) prices++;
    cart ||= el.matches(CART);
  }
  return { password, prices: Math.min(prices, 99), cart };
}
