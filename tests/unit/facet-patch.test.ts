import { describe, expect, it } from "vitest";
import { createFacetIndex, type FacetDocument } from "../../lib/search/facet-bits";
import { patchFacetIndex, type Placement } from "../../lib/search/facet-patch";
import { FACET_VOCABULARIES, type Facet } from "../../lib/catalogue/vocabularies";
import { facetAnswers as answers } from "../support/facet-answers";

// A patched index must answer as an index built whole from the same documents.

const NOW = new Date("2026-12-05T10:00:00Z");
const DAY = 86_400_000;

function random(seed: number) {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}
const values = (facet: Facet) => FACET_VOCABULARIES[facet].map((t) => t.value);
const some = <T>(rng: () => number, list: readonly T[], max: number): T[] => [...new Set(Array.from({ length: Math.floor(rng() * (max + 1)) }, () => list[Math.floor(rng() * list.length)]!))];

function randomDoc(rng: () => number, docNo: number): FacetDocument {
  return {
    docNo,
    kind: values("kind")[Math.floor(rng() * 6)]!,
    countries: some(rng, values("country").slice(0, 40), 3),
    levels: some(rng, values("level"), 3),
    themes: some(rng, values("theme"), 4),
    evidence: values("evidence")[Math.floor(rng() * 4)]!,
    verifiedAt: rng() < 0.2 ? null : new Date(NOW.getTime() - Math.floor(rng() * 3 * 365) * DAY),
  };
}

/** Orders as the database gives them: here by a random key per document, fixed for the test. */
function ordersOf(docs: FacetDocument[], keys: Map<number, [number, number]>): { newest: number[]; byTitle: number[] } {
  const by = (i: 0 | 1) => docs.map((d) => d.docNo).sort((a, b) => keys.get(a)![i] - keys.get(b)![i] || a - b);
  return { newest: by(0), byTitle: by(1) };
}

describe("patching the facet index", () => {
  it("answers as an index read whole, after edits, deletions, additions and a new highest doc_no", () => {
    for (let seed = 1; seed <= 20; seed++) {
      const rng = random(seed);
      const before = Array.from({ length: 300 }, (_, i) => randomDoc(rng, i * 2 + 1));
      const keys = new Map(before.map((d) => [d.docNo, [rng(), rng()] as [number, number]]));
      const old = createFacetIndex(1n, before, ordersOf(before, keys).newest, ordersOf(before, keys).byTitle, NOW);

      // Some edited (new facets and places), some deleted (the highest among them, sometimes), some new.
      const edited = before.filter(() => rng() < 0.05).map((d) => randomDoc(rng, d.docNo));
      const deleted = new Set(before.filter(() => rng() < 0.03).map((d) => d.docNo));
      if (seed % 2 === 0) deleted.add(599);
      const added = Array.from({ length: Math.floor(rng() * 4) }, (_, i) => randomDoc(rng, 600 + i * 3));
      for (const d of [...edited, ...added]) keys.set(d.docNo, [rng(), rng()]);
      const after = before.filter((d) => !deleted.has(d.docNo)).map((d) => edited.find((e) => e.docNo === d.docNo) ?? d).concat(added);
      const orders = ordersOf(after, keys);

      const changedDocs = [...edited, ...added].filter((d) => !deleted.has(d.docNo));
      const changed = Int32Array.from(new Set([...edited.map((d) => d.docNo), ...deleted, ...added.map((d) => d.docNo)])).sort();
      const placements: Placement[] = changedDocs.map((d) => ({ docNo: d.docNo, newestAt: orders.newest.indexOf(d.docNo), titleAt: orders.byTitle.indexOf(d.docNo) }));

      const patched = patchFacetIndex(old, 2n, changed, changedDocs, placements, NOW);
      const whole = createFacetIndex(2n, after, orders.newest, orders.byTitle, NOW);
      expect(answers(patched), `seed ${seed}`).toEqual(answers(whole));
      expect(patched.generation).toBe(2n);
    }
  });

  it("leaves the older index as it was", () => {
    const rng = random(99);
    const docs = Array.from({ length: 50 }, (_, i) => randomDoc(rng, i));
    const order = docs.map((d) => d.docNo);
    const old = createFacetIndex(1n, docs, order, order, NOW);
    const snapshot = answers(old);
    patchFacetIndex(old, 2n, Int32Array.from([0, 7]), [randomDoc(rng, 7)], [{ docNo: 7, newestAt: 0, titleAt: 48 }], NOW);
    expect(answers(old)).toEqual(snapshot);
  });
});
