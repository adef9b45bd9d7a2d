import { FACET_VOCABULARIES, perFacet } from "@/lib/catalogue/vocabularies";
import { insertInto } from "./relevance-order";
import { addBit, clearBit, countSet, facetIndexAt, setDocumentBits, setWords, sortedDates, type FacetDocument, type FacetIndex } from "./facet-bits";

// A facet index brought to a newer generation from the documents that changed
// since (ADR 010, 2026-12-05): a copy of the older index with those documents
// cleared and written again, instead of reading the whole catalogue (some
// 350 ms at 50 000 entries, on the first search after every approval). Pure:
// the PostgreSQL engine reads the changes (postgres/facet-index.ts).

/** Where a changed document now stands in each order: how many documents come before it. */
export type Placement = { docNo: number; newestAt: number; titleAt: number };

/**
 * The order without the changed documents, then each placed one inserted
 * where it now stands. Its place counts everything before it in the new
 * order, the changed documents placed before it too: the i-th placed goes
 * before the kept document at its place less i.
 */
function reorder(order: Int32Array, changed: Set<number>, placed: [doc: number, at: number][]): Int32Array {
  const kept = order.filter((doc) => !changed.has(doc));
  const sorted = [...placed].sort((a, b) => a[1] - b[1]);
  return insertInto(kept, sorted.map(([doc, at], i) => ({ doc, at: at - i })));
}

/**
 * `index` with the documents `changed` names replaced: `docs` are those still
 * present, as they are now, and `placements` where each stands in the orders.
 */
export function patchFacetIndex(index: FacetIndex, generation: bigint, changed: Int32Array, docs: FacetDocument[], placements: Placement[], now: Date): FacetIndex {
  const size = docs.reduce((max, d) => Math.max(max, d.docNo + 1), index.size);
  const gone = Array.from(changed).filter((doc) => doc >= 0 && doc < index.size);

  const present = new Uint8Array(size);
  present.set(index.present);
  const verifiedAt = new Float64Array(size).fill(Number.NaN);
  verifiedAt.set(index.verifiedAt);
  const presentSet = new Uint32Array(setWords(size));
  presentSet.set(index.presentSet);
  const bits = perFacet((f) => {
    const { words, masks } = index.bits[f];
    const copy = new Uint32Array(size * words);
    copy.set(masks);
    return { words, masks: copy };
  });
  for (const doc of gone) {
    present[doc] = 0;
    verifiedAt[doc] = Number.NaN;
    clearBit(presentSet, doc);
    for (const f of Object.keys(bits) as (keyof typeof bits)[]) bits[f].masks.fill(0, doc * bits[f].words, (doc + 1) * bits[f].words);
  }
  for (const d of docs) {
    present[d.docNo] = 1;
    addBit(presentSet, d.docNo);
    setDocumentBits(bits, d);
    if (d.verifiedAt) verifiedAt[d.docNo] = d.verifiedAt.getTime();
  }

  // Each value's set: the older one, the changed documents taken out, and put back where their new bits say.
  const sets = perFacet((f) => {
    const { words, masks } = bits[f];
    const valueSets = index.sets[f].sets.map((old) => {
      const set = new Uint32Array(setWords(size));
      set.set(old);
      for (const doc of gone) clearBit(set, doc);
      return set;
    });
    for (const d of docs) {
      for (let code = 0; code < FACET_VOCABULARIES[f].length; code++) {
        if (((masks[d.docNo * words + (code >>> 5)] ?? 0) >>> (code & 31)) & 1) addBit(valueSets[code]!, d.docNo);
      }
    }
    return { sets: valueSets, totals: Uint32Array.from(valueSets, countSet) };
  });

  const changedSet = new Set(changed);
  const patched: FacetIndex = {
    generation,
    size,
    present,
    bits,
    sets,
    presentSet,
    newest: reorder(index.newest, changedSet, placements.map((p) => [p.docNo, p.newestAt])),
    byTitle: reorder(index.byTitle, changedSet, placements.map((p) => [p.docNo, p.titleAt])),
    verifiedAt,
    verifiedSorted: sortedDates(verifiedAt),
    // Freshness is judged again for every document (the empty stamp is never a real one).
    freshnessStamp: "",
  };
  return facetIndexAt(patched, now);
}
