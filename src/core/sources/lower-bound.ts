/** The first index in [0, n) for which `atOrAfter` holds (it must be monotone), or n. */
export function lowerBound(n: number, atOrAfter: (k: number) => boolean): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (atOrAfter(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
