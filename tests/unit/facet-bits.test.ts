import { describe, expect, it } from "vitest";
import { createFacetIndex, facetIndexAt, freshnessStamp, tallyFacets, type FacetDocument } from "../../lib/search/facet-bits";
import { FACETS, FACET_VOCABULARIES, type Facet } from "../../lib/catalogue/vocabularies";
import { emptyFilters } from "../../lib/search/query";
import type { FacetFilters } from "../../lib/search/types";
import { freshness, freshnessLines } from "../../lib/verification/freshness";

const NOW = new Date("2026-12-03T10:00:00Z");
const DAY = 86_400_000;

// A small deterministic PRNG, so failures reproduce.
function random(seed: number) {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

function pick<T>(rng: () => number, list: readonly T[], max: number): T[] {
  const n = Math.floor(rng() * (max + 1));
  return [...new Set(Array.from({ length: n }, () => list[Math.floor(rng() * list.length)]!))];
}

const values = (facet: Facet) => FACET_VOCABULARIES[facet].map((t) => t.value);

function randomDocs(rng: () => number, count: number): FacetDocument[] {
  return Array.from({ length: count }, (_, i) => ({
    docNo: i * 2 + 1, // gaps, as deleted documents leave
    kind: values("kind")[Math.floor(rng() * 6)]!,
    countries: pick(rng, values("country").slice(0, 50), 3),
    levels: pick(rng, values("level"), 3),
    themes: pick(rng, values("theme"), 4),
    evidence: values("evidence")[Math.floor(rng() * 4)]!,
    // Never, or up to three years ago: every state of freshness.
    verifiedAt: rng() < 0.1 ? null : new Date(NOW.getTime() - Math.floor(rng() * 3 * 365) * DAY),
  }));
}

function facetValues(doc: FacetDocument, facet: Facet): string[] {
  switch (facet) {
    case "country":
      return doc.countries;
    case "level":
      return doc.levels;
    case "theme":
      return doc.themes;
    case "kind":
      return [doc.kind];
    case "evidence":
      return [doc.evidence];
    case "freshness":
      return [freshness(doc.verifiedAt, NOW)];
  }
}

// The definition, written plainly: a document counts for a facet value when it
// has the value and satisfies every other facet's selection.
function reference(docs: FacetDocument[], filters: FacetFilters) {
  const satisfies = (doc: FacetDocument, facet: Facet) =>
    filters[facet].length === 0 || facetValues(doc, facet).some((v) => filters[facet].includes(v));
  const counts = new Map<string, number>();
  for (const doc of docs)
    for (const facet of FACETS) {
      if (!FACETS.every((other) => other === facet || satisfies(doc, other))) continue;
      for (const v of facetValues(doc, facet)) counts.set(`${facet}:${v}`, (counts.get(`${facet}:${v}`) ?? 0) + 1);
    }
  const total = docs.filter((d) => FACETS.every((f) => satisfies(d, f))).length;
  return { counts, total };
}

describe("tallyFacets", () => {
  it("matches the plain definition of disjunctive counts on random data", () => {
    const rng = random(42);
    const docs = randomDocs(rng, 400);
    const index = createFacetIndex(1n, docs, [], [], NOW);
    for (let round = 0; round < 200; round++) {
      const filters: FacetFilters = {
        country: pick(rng, values("country"), 2),
        level: pick(rng, values("level"), 2),
        theme: pick(rng, values("theme"), 2),
        kind: pick(rng, values("kind"), 2),
        evidence: pick(rng, values("evidence"), 1),
        freshness: pick(rng, values("freshness"), 1),
      };
      // All documents, many candidates (counted by value sets) or a few (counted document by document).
      const share = [0.6, 0.02][Math.floor(rng() * 2)] ?? 0.6;
      const candidates = rng() < 0.4 ? null : docs.filter(() => rng() < share).map((d) => d.docNo);
      const chosen = candidates && new Set(candidates);
      const subset = chosen ? docs.filter((d) => chosen.has(d.docNo)) : docs;
      const expected = reference(subset, filters);
      const tally = tallyFacets(index, filters, candidates);
      expect(tally.total).toBe(expected.total);
      // One comparison per round: a hundred thousand single expects made this
      // test slow enough to time out on a busy machine.
      const counted = (count: (facet: Facet, v: string) => number | undefined) =>
        Object.fromEntries(FACETS.flatMap((facet) => values(facet).map((v) => [`${facet}:${v}`, count(facet, v)])));
      expect(counted((facet, v) => tally.counts[facet].get(v))).toEqual(counted((facet, v) => expected.counts.get(`${facet}:${v}`) ?? 0));
      expect(subset.map((doc) => tally.matchesAll(doc.docNo))).toEqual(
        subset.map((doc) => FACETS.every((f) => filters[f].length === 0 || facetValues(doc, f).some((v) => filters[f].includes(v)))),
      );
    }
  });

  it("counts the same whichever way it counts, across every bit of a word", () => {
    // Documents 0..95 fill three whole words of each set, bit 31 included.
    const docs = randomDocs(random(3), 48).map((d, i) => ({ ...d, docNo: i * 2 }));
    const index = createFacetIndex(1n, docs, [], [], NOW);
    const filters = { ...emptyFilters(), level: [values("level")[0]!, values("level")[1]!] };
    const everyDoc = docs.map((d) => d.docNo);
    const bySets = tallyFacets(index, filters, everyDoc);
    const byDocuments = tallyFacets(index, filters, everyDoc.slice(0, 2));
    expect(bySets.total).toBe(reference(docs, filters).total);
    expect(byDocuments.total).toBe(reference(docs.slice(0, 2), filters).total);
    expect(Object.fromEntries(bySets.counts.country)).toEqual(
      Object.fromEntries(values("country").map((v) => [v, reference(docs, filters).counts.get(`country:${v}`) ?? 0])),
    );
  });

  it("ignores document numbers that are not in the index", () => {
    const index = createFacetIndex(1n, randomDocs(random(7), 10), [], []);
    expect(tallyFacets(index, emptyFilters(), [0, 2, 4, 999_999]).total).toBe(0);
    // As many as to be counted by value sets.
    expect(tallyFacets(index, emptyFilters(), [0, 2, 4, -1, 999_999, ...Array.from({ length: 40 }, (_, i) => 1000 + i)]).total).toBe(0);
  });
});

describe("freshness in the facet index", () => {
  const doc = (docNo: number, verifiedAt: string | null): FacetDocument => ({
    docNo,
    kind: "programme",
    countries: [],
    levels: [],
    themes: [],
    evidence: "not-assessed",
    verifiedAt: verifiedAt === null ? null : new Date(verifiedAt),
  });
  // Due once 12 months have passed, on 3 December 2026 at 15:30; stale at the same time in 2027.
  const docs = [doc(1, "2025-12-03T15:30:00Z"), doc(2, "2026-11-01T00:00:00Z"), doc(3, null), doc(4, "2023-01-01T00:00:00Z")];
  const counts = (at: Date) => {
    const tally = tallyFacets(facetIndexAt(createFacetIndex(1n, docs, [], [], NOW), at), emptyFilters(), null);
    return Object.fromEntries(tally.counts.freshness);
  };

  it("judges each document at the moment asked for, by the thresholds of freshness.ts", () => {
    expect(counts(new Date("2026-12-03T15:29:59.999Z"))).toEqual({ current: 2, due: 0, stale: 2 });
    expect(counts(new Date("2026-12-03T15:30:00Z"))).toEqual({ current: 1, due: 1, stale: 2 });
    expect(counts(new Date("2027-12-03T15:30:00Z"))).toEqual({ current: 0, due: 1, stale: 3 });
  });

  it("keeps the same masks, and stamp, until some document changes state", () => {
    const index = createFacetIndex(1n, docs, [], [], NOW);
    const laterThatDay = facetIndexAt(index, new Date("2026-12-03T15:00:00Z"));
    expect(laterThatDay).toBe(index);
    const nextDay = facetIndexAt(index, new Date("2026-12-04T00:00:00Z"));
    expect(nextDay).not.toBe(index);
    expect(nextDay.freshnessStamp).not.toBe(index.freshnessStamp);
    // Across a day boundary with no document changing state, the stamp holds: cached answers stay right.
    expect(freshnessStamp(index, freshnessLines(new Date("2026-12-05T00:00:00Z")))).toBe(nextDay.freshnessStamp);
    expect(freshnessStamp(index, freshnessLines(new Date("2026-12-02T23:59:59Z")))).toBe(index.freshnessStamp);
  });
});
