// A one-word search's whole relevance order is kept with the word's scores
// (postgres/search.ts). When a catalogue change brings the word's scores up to
// date (ADR 010), the order is brought up to date too: sorting some 40 000
// matches again for every broad word after every change cost more than the
// rest of the change. Pure.

/** Where `doc` goes in `list`, sorted by `compare`: after every document that comes before it or ties. */
function insertionPoint(list: Int32Array, doc: number, compare: (a: number, b: number) => number): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (compare(list[mid]!, doc) <= 0) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * `before` without the `changed` documents, with `inserted` (the changed ones
 * that match now) each put where `compare`, a total order, places it. Right
 * when the others' order still holds: their scores did not change, nor their
 * order by date among themselves.
 */
export function reorderChanged(before: Int32Array, changed: ReadonlySet<number>, inserted: readonly number[], compare: (a: number, b: number) => number): Int32Array {
  const kept = before.filter((doc) => !changed.has(doc));
  return insertInto(kept, inserted.map((doc) => ({ doc, at: insertionPoint(kept, doc, compare) })).sort((a, b) => a.at - b.at || compare(a.doc, b.doc)));
}

/** `kept` with each placed document put before the one at its `at` (ascending; equal ones in the given order). */
export function insertInto(kept: Int32Array, placed: readonly { doc: number; at: number }[]): Int32Array {
  const out = new Int32Array(kept.length + placed.length);
  let from = 0;
  let to = 0;
  for (const { doc, at } of placed) {
    while (from < at) out[to++] = kept[from++]!;
    out[to++] = doc;
  }
  while (from < kept.length) out[to++] = kept[from++]!;
  return out;
}
