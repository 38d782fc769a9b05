/**
 * Structural markers of pages that are not for reading: shops (prices, cart buttons), login
 * and checkout forms, app shells. They rely on markup, not on words, so they work in any
 * language.
 */

export interface PageMarkers {
  /** A password field: login, sign-up or checkout page (see fixture not-article--login). */
  password: boolean;
  /** Price and add-to-cart markers (see fixtures not-article--shop-*). */
  prices: number;
  cart: boolean;
}

const PRICE = '[itemprop=price],[class*=price],meta[property$="price:amount"]';
const CART =
  '[action*=cart],[action*=basket],[class*=add-to-cart],[name*=add-to-cart],[name=quantity]';

/** Look for shop and form markers (a handful of selector queries). */
export function findMarkers(doc: Document): PageMarkers {
  return {
    password: doc.querySelector('input[type=password]') !== null,
    prices: Math.min(doc.querySelectorAll(PRICE).length, 99),
    cart: doc.querySelector(CART) !== null,
  };
}
