import { describe, expect, it } from "vitest";
import { createFacetIndex, tallyFacets, type FacetDocument } from "../../lib/search/facet-bits";
import { FACETS, FACET_VOCABULARIES, type Facet } from "../../lib/catalogue/vocabularies";
import type { FacetFilters } from "../../lib/search/types";

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
  }));
}

function facetValues(doc: FacetDocument, facet: Facet): string[] {
  return facet === "country" ? doc.countries : facet === "level" ? doc.levels : facet === "theme" ? doc.themes : [doc.kind];
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
    const index = createFacetIndex(1n, docs, [], []);
    for (let round = 0; round < 200; round++) {
      const filters: FacetFilters = {
        country: pick(rng, values("country"), 2),
        level: pick(rng, values("level"), 2),
        theme: pick(rng, values("theme"), 2),
        kind: pick(rng, values("kind"), 2),
      };
      const candidates = rng() < 0.5 ? null : docs.filter(() => rng() < 0.6).map((d) => d.docNo);
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

  it("ignores document numbers that are not in the index", () => {
    const index = createFacetIndex(1n, randomDocs(random(7), 10), [], []);
    const tally = tallyFacets(index, { country: [], level: [], theme: [], kind: [] }, [0, 2, 4, 999_999]);
    expect(tally.total).toBe(0);
  });
});
