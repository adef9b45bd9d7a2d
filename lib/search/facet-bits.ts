import { FACETS, FACET_VOCABULARIES, perFacet, type Facet } from "@/lib/catalogue/vocabularies";
import { FRESHNESS_STATES, freshnessAt, freshnessLines, type Freshness, type FreshnessLines } from "@/lib/verification/freshness";
import type { FacetFilters } from "./types";

// Facet values of documents as bit masks in typed arrays, and disjunctive
// facet counting over them. Pure: the PostgreSQL engine fills the index
// (postgres/facet-index.ts); tests build one by hand.
//
// Each facet is held twice. By document (bits): a few words per doc_no, its
// values' bits. By value (sets): one bit set over the doc_nos per value. A
// count over many documents ANDs and counts a value's set 32 documents a
// word at a time; a count over a few (a rare word's matches) reads those
// documents' own bits instead.

export type FacetBits = { words: number; masks: Uint32Array };
/** Per value code, the doc_nos that have it, as a bit set; `totals` counts each. */
export type FacetSets = { sets: Uint32Array[]; totals: Uint32Array };

export type FacetIndex = {
  generation: bigint;
  /** One past the highest doc_no; arrays are indexed by doc_no. */
  size: number;
  present: Uint8Array;
  /** Every facet's masks; freshness's as judged at one moment, named by freshnessStamp. */
  bits: Record<Facet, FacetBits>;
  /** The same, by value: bits turned on their side. */
  sets: Record<Facet, FacetSets>;
  /** The present documents as a bit set. */
  presentSet: Uint32Array;
  /** doc_nos, newest first / by title, for sorting without text. */
  newest: Int32Array;
  byTitle: Int32Array;
  /** When each document was last verified, in ms since the epoch (NaN: never, or no document). */
  verifiedAt: Float64Array;
  /** The documents' known verification dates, ascending. */
  verifiedSorted: Float64Array;
  /** Which freshness partition bits.freshness holds (see freshnessStamp). */
  freshnessStamp: string;
};

const codes = perFacet((f) => new Map(FACET_VOCABULARIES[f].map((t, i) => [t.value, i])));

const wordsOf = (facet: Facet) => Math.ceil(FACET_VOCABULARIES[facet].length / 32);
/** Words of a bit set over doc_nos 0..size-1. */
export const setWords = (size: number) => Math.ceil(size / 32);

/** The number of bits set in a 32-bit word. */
function popcount(word: number): number {
  let x = word - ((word >>> 1) & 0x55555555);
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}

export function countSet(set: Uint32Array): number {
  let n = 0;
  for (let w = 0; w < set.length; w++) if (set[w]) n += popcount(set[w] ?? 0);
  return n;
}

const hasBit = (set: Uint32Array, doc: number) => (((set[doc >>> 5] ?? 0) >>> (doc & 31)) & 1) === 1;

export function addBit(set: Uint32Array, doc: number): void {
  set[doc >>> 5] = (set[doc >>> 5] ?? 0) | (1 << (doc & 31));
}

export function clearBit(set: Uint32Array, doc: number): void {
  set[doc >>> 5] = (set[doc >>> 5] ?? 0) & ~(1 << (doc & 31));
}

/** Turns a facet's per-document masks into per-value sets. */
function setsOf(facet: Facet, bits: FacetBits, size: number): FacetSets {
  const sets = FACET_VOCABULARIES[facet].map(() => new Uint32Array(setWords(size)));
  for (let doc = 0; doc < size; doc++) {
    for (let w = 0; w < bits.words; w++) {
      let m = bits.masks[doc * bits.words + w] ?? 0;
      while (m !== 0) {
        const low = m & -m;
        const set = sets[w * 32 + 31 - Math.clz32(low)];
        if (set) addBit(set, doc);
        m ^= low;
      }
    }
  }
  return { sets, totals: Uint32Array.from(sets, countSet) };
}

function setBits(bits: FacetBits, doc: number, facet: Facet, values: string[]) {
  for (const value of values) {
    const code = codes[facet].get(value);
    if (code === undefined) continue;
    const at = doc * bits.words + (code >>> 5);
    bits.masks[at] = (bits.masks[at] ?? 0) | (1 << (code & 31));
  }
}

export type FacetDocument = {
  docNo: number;
  kind: string;
  countries: string[];
  levels: string[];
  themes: string[];
  evidence: string;
  verifiedAt: Date | null;
};

/** How many of the sorted values are at or before `line`. */
function countUpTo(sorted: Float64Array, line: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((sorted[mid] ?? 0) <= line) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * Names the split of the documents into current, due and stale at the moment
 * whose lines these are. The states depend only on which dates fall at or
 * before each line, and those are the first so many of the sorted dates: two
 * moments with the same counts give every document the same state, however
 * far apart they are, and any state change (at a day boundary or at noon)
 * changes a count. Answers computed under one stamp are exactly right for as
 * long as it holds; this is what caches key them by.
 */
export function freshnessStamp(index: Pick<FacetIndex, "verifiedSorted">, lines: FreshnessLines): string {
  return `${countUpTo(index.verifiedSorted, lines.due)}.${countUpTo(index.verifiedSorted, lines.stale)}`;
}

// Each state's bit: freshness has three values, so one word per document.
const freshnessBit = Object.fromEntries(FRESHNESS_STATES.map((state) => [state, 1 << (codes.freshness.get(state) ?? 0)])) as Record<Freshness, number>;

function freshnessBits(size: number, present: Uint8Array, verifiedAt: Float64Array, lines: FreshnessLines): FacetBits {
  const masks = new Uint32Array(size);
  for (let doc = 0; doc < size; doc++) {
    if (!present[doc]) continue;
    const at = verifiedAt[doc] ?? Number.NaN;
    masks[doc] = freshnessBit[freshnessAt(Number.isNaN(at) ? null : at, lines)];
  }
  return { words: 1, masks };
}

/** The index with its freshness judged at `now`: the same object while the stamp holds. */
export function facetIndexAt(index: FacetIndex, now: Date): FacetIndex {
  const lines = freshnessLines(now);
  const stamp = freshnessStamp(index, lines);
  if (stamp === index.freshnessStamp) return index;
  const freshness = freshnessBits(index.size, index.present, index.verifiedAt, lines);
  return {
    ...index,
    bits: { ...index.bits, freshness },
    sets: { ...index.sets, freshness: setsOf("freshness", freshness, index.size) },
    freshnessStamp: stamp,
  };
}

/** A document's stored facet values as bits (freshness is judged apart, at a moment). */
export function setDocumentBits(bits: Record<Facet, FacetBits>, d: FacetDocument): void {
  setBits(bits.country, d.docNo, "country", d.countries);
  setBits(bits.level, d.docNo, "level", d.levels);
  setBits(bits.theme, d.docNo, "theme", d.themes);
  setBits(bits.kind, d.docNo, "kind", [d.kind]);
  setBits(bits.evidence, d.docNo, "evidence", [d.evidence]);
}

/** The known verification dates, ascending. */
export const sortedDates = (verifiedAt: Float64Array): Float64Array => verifiedAt.filter((t) => !Number.isNaN(t)).sort();

export function createFacetIndex(generation: bigint, docs: FacetDocument[], newest: number[], byTitle: number[], now: Date = new Date()): FacetIndex {
  const size = docs.reduce((max, d) => Math.max(max, d.docNo), 0) + 1;
  const bits = perFacet((f) => ({ words: wordsOf(f), masks: new Uint32Array(size * wordsOf(f)) }));
  const present = new Uint8Array(size);
  const verifiedAt = new Float64Array(size).fill(Number.NaN);
  for (const d of docs) {
    present[d.docNo] = 1;
    setDocumentBits(bits, d);
    if (d.verifiedAt) verifiedAt[d.docNo] = d.verifiedAt.getTime();
  }
  const verifiedSorted = sortedDates(verifiedAt);
  const sets = perFacet((f) => setsOf(f, bits[f], size));
  const presentSet = new Uint32Array(setWords(size));
  for (let doc = 0; doc < size; doc++) if (present[doc]) addBit(presentSet, doc);
  // Judged at `now` below; the empty stamp is never a real one.
  const index = {
    generation,
    size,
    present,
    bits,
    sets,
    presentSet,
    newest: Int32Array.from(newest),
    byTitle: Int32Array.from(byTitle),
    verifiedAt,
    verifiedSorted,
    freshnessStamp: "",
  };
  return facetIndexAt(index, now);
}

/** A facet selection as a mask, or null when nothing is selected. */
function selectionMask(facet: Facet, values: string[]): Uint32Array | null {
  if (values.length === 0) return null;
  const selection = { words: wordsOf(facet), masks: new Uint32Array(wordsOf(facet)) };
  setBits(selection, 0, facet, values);
  return selection.masks;
}

export type FacetTally = {
  counts: Record<Facet, Map<string, number>>;
  /** Does this document satisfy every facet selection? */
  matchesAll: (doc: number) => boolean;
  total: number;
};

type Tallies = { tallies: Uint32Array[]; total: number; matchesAll: (doc: number) => boolean };

/** Per document: reads each candidate's own bits. Cheap for a few candidates. */
function tallyByDocuments(index: FacetIndex, filters: FacetFilters, candidates: ArrayLike<number>): Tallies {
  const selections = FACETS.map((f) => selectionMask(f, filters[f]));
  const tallies = FACETS.map((f) => new Uint32Array(FACET_VOCABULARIES[f].length));
  const ok = new Uint8Array(FACETS.length);

  const satisfies = (doc: number, i: number) => {
    const selection = selections[i];
    if (!selection) return 1;
    const facet = FACETS[i];
    if (!facet) return 1;
    const { words, masks } = index.bits[facet];
    for (let w = 0; w < words; w++) if (((masks[doc * words + w] ?? 0) & (selection[w] ?? 0)) !== 0) return 1;
    return 0;
  };
  const matchesAll = (doc: number) => {
    if (!index.present[doc]) return false;
    for (let i = 0; i < FACETS.length; i++) if (!satisfies(doc, i)) return false;
    return true;
  };

  let total = 0;
  const visit = (doc: number) => {
    if (!index.present[doc]) return;
    let okCount = 0;
    for (let i = 0; i < FACETS.length; i++) {
      ok[i] = satisfies(doc, i);
      okCount += ok[i] ?? 0;
    }
    if (okCount < FACETS.length - 1) return;
    if (okCount === FACETS.length) total++;
    for (let i = 0; i < FACETS.length; i++) {
      // Count facet i when every other facet is satisfied.
      const facet = FACETS[i];
      const tally = tallies[i];
      if (!facet || !tally || okCount - (ok[i] ?? 0) !== FACETS.length - 1) continue;
      const { words, masks } = index.bits[facet];
      for (let w = 0; w < words; w++) {
        let m = masks[doc * words + w] ?? 0;
        while (m !== 0) {
          const low = m & -m;
          const code = w * 32 + 31 - Math.clz32(low);
          tally[code] = (tally[code] ?? 0) + 1;
          m ^= low;
        }
      }
    }
  };
  for (let i = 0; i < candidates.length; i++) visit(candidates[i] ?? -1);
  return { tallies, total, matchesAll };
}

/** How many documents are in both sets. */
function countBoth(a: Uint32Array, b: Uint32Array): number {
  let n = 0;
  for (let w = 0; w < a.length; w++) {
    const both = (a[w] ?? 0) & (b[w] ?? 0);
    if (both !== 0) n += popcount(both);
  }
  return n;
}

/** Per value: ANDs sets of doc_nos, 32 documents a word. Cheap for many candidates. */
function tallyBySets(index: FacetIndex, filters: FacetFilters, candidates: ArrayLike<number> | null): Tallies {
  const words = index.presentSet.length;
  // Each facet's selection as the set of documents with any selected value.
  const chosen = FACETS.map((f) => {
    if (filters[f].length === 0) return null;
    const set = new Uint32Array(words);
    for (const value of filters[f]) {
      const code = codes[f].get(value);
      const of = code === undefined ? undefined : index.sets[f].sets[code];
      if (of) for (let w = 0; w < words; w++) set[w] = (set[w] ?? 0) | (of[w] ?? 0);
    }
    return set;
  });
  let base = index.presentSet;
  if (candidates) {
    base = new Uint32Array(words);
    for (let i = 0; i < candidates.length; i++) {
      const doc = candidates[i] ?? -1;
      if (index.present[doc]) addBit(base, doc);
    }
  }
  /** `from`, narrowed by every facet's selection but the one at `skip`; `from` itself when none narrows it. */
  const narrowed = (from: Uint32Array, skip: number) => {
    let out: Uint32Array | null = null;
    chosen.forEach((set, i) => {
      if (!set || i === skip) return;
      const source: Uint32Array = out ?? from;
      out ??= new Uint32Array(words);
      for (let w = 0; w < words; w++) out[w] = (source[w] ?? 0) & (set[w] ?? 0);
    });
    return out ?? from;
  };
  const all = narrowed(base, -1);
  const matching = candidates ? narrowed(index.presentSet, -1) : all;
  const tallies = FACETS.map((f, i) => {
    // Facet i is counted over the documents that satisfy every other facet.
    const counted = chosen[i] ? narrowed(base, i) : all;
    const { sets, totals } = index.sets[f];
    return counted === index.presentSet ? totals : Uint32Array.from(sets, (set) => countBoth(set, counted));
  });
  return { tallies, total: countSet(all), matchesAll: (doc) => hasBit(matching, doc) };
}

/**
 * Disjunctive counts over the candidate documents (all documents when null):
 * each facet is counted over the documents that satisfy every other facet.
 */
export function tallyFacets(index: FacetIndex, filters: FacetFilters, candidates: ArrayLike<number> | null): FacetTally {
  // Reading a candidate's bits costs about what ANDing one word of every value's set does.
  const few = candidates !== null && candidates.length < index.presentSet.length;
  const { tallies, total, matchesAll } = few ? tallyByDocuments(index, filters, candidates) : tallyBySets(index, filters, candidates);
  const counts = perFacet((f) => new Map(FACET_VOCABULARIES[f].map((t, code) => [t.value, tallies[FACETS.indexOf(f)]?.[code] ?? 0])));
  return { counts, matchesAll, total };
}
