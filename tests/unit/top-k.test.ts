import { describe, expect, it } from "vitest";
import { firstInOrder } from "../../lib/search/top-k";

describe("the first k in order", () => {
  it("equals the first k of a stable sort, ties included", () => {
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const items = Array.from({ length: 5000 }, (_, i) => ({ i, tier: Math.floor(random() * 4), rank: Math.floor(random() * 50) }));
    const compare = (a: (typeof items)[number], b: (typeof items)[number]) => b.tier - a.tier || b.rank - a.rank;
    for (const k of [1, 20, 60, 400, 5000, 6000]) {
      expect(firstInOrder(items, k, compare), `k=${k}`).toEqual([...items].sort(compare).slice(0, k));
    }
    expect(firstInOrder(items, 0, compare)).toEqual([]);
  });
});
