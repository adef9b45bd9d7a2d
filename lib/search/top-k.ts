// The k best of many items, in order, without sorting them all: a search page
// needs twenty of the thirty-six thousand documents a broad word matches.

/** The first k of `items` in `compare` order (a stable sort's first k). */
export function firstInOrder<T>(items: readonly T[], k: number, compare: (a: T, b: T) => number): T[] {
  if (k <= 0) return [];
  if (items.length <= k * 4) return [...items].sort(compare).slice(0, k);
  const best: T[] = [];
  for (const item of items) {
    if (best.length === k && compare(item, best[k - 1]!) >= 0) continue;
    // After the equal ones already kept, as a stable sort would place it.
    let low = 0;
    let high = best.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (compare(item, best[mid]!) < 0) high = mid;
      else low = mid + 1;
    }
    best.splice(low, 0, item);
    if (best.length > k) best.pop();
  }
  return best;
}
