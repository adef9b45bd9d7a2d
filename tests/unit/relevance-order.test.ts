import { describe, expect, it } from "vitest";
import { reorderChanged } from "../../lib/search/relevance-order";

function random(seed: number) {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

// Scores with many ties, as relevance tiers have; doc_no breaks them, as the stable sort does.
const orderOf = (docs: number[], score: Map<number, number>) => {
  const compare = (a: number, b: number) => score.get(b)! - score.get(a)! || a - b;
  return { order: Int32Array.from([...docs].sort(compare)), compare };
};

describe("a relevance order brought up to date", () => {
  it("equals the order sorted again, after documents are rescored, dropped and added", () => {
    for (let seed = 1; seed <= 50; seed++) {
      const rng = random(seed);
      const docs = Array.from({ length: 200 }, (_, i) => i * 3);
      const score = new Map(docs.map((d) => [d, Math.floor(rng() * 8)]));
      const { order: before } = orderOf(docs, score);

      const changed = new Set<number>();
      for (const d of docs) if (rng() < 0.05) changed.add(d);
      for (let i = 0; i < 3; i++) changed.add(600 + i * 5);
      // Of the changed documents, some match no more; the others (new ones among them) get new scores.
      const now = docs.filter((d) => !changed.has(d) || rng() < 0.7).concat([...changed].filter((d) => d >= 600 && rng() < 0.8));
      for (const d of changed) score.set(d, Math.floor(rng() * 8));
      const { order: sorted, compare } = orderOf(now, score);

      const inserted = [...changed].filter((d) => now.includes(d));
      expect(Array.from(reorderChanged(before, changed, inserted, compare)), `seed ${seed}`).toEqual(Array.from(sorted));
    }
  });

  it("keeps the order when nothing changed, and empties it when everything went", () => {
    const before = Int32Array.from([5, 1, 3]);
    expect(Array.from(reorderChanged(before, new Set(), [], (a, b) => a - b))).toEqual([5, 1, 3]);
    expect(Array.from(reorderChanged(before, new Set([1, 3, 5]), [], (a, b) => a - b))).toEqual([]);
  });
});
