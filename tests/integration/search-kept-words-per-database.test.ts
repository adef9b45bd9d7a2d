import { describe, expect, it, vi } from "vitest";

// The words a process keeps (postgres/unit-scores.ts) live on globalThis, so
// that the warm-up in instrumentation.ts and the routes, each with their own
// copy of the module, share them. They must still be kept apart by database:
// generations are numbered per database, and the test run gives each file a
// database of its own in one process. Shared across databases, a search read
// another database's matches at the same generation number (CI on c52cee0:
// an alert in tests/integration/alerts.test.ts found no entry).

async function loadSearch() {
  const [{ readGeneration }, { buildTextMatch }, { unitScores }] = await Promise.all([
    import("../../lib/search/generation"),
    import("../../lib/search/sql/text-match"),
    import("../../lib/search/postgres/unit-scores"),
  ]);
  return { readGeneration, buildTextMatch, unitScores };
}

describe("kept words", () => {
  it("are kept apart for another database in the same process", async () => {
    const here = await loadSearch();
    const generation = await here.readGeneration();
    const [unit] = (await here.buildTextMatch("earthquake")).units;
    if (!unit) throw new Error("no unit for a catalogue word");
    const scores = await here.unitScores(generation, unit);
    expect(scores.docs.length).toBeGreaterThan(0);
    // The same word at the same generation, read again here: kept.
    expect(await here.unitScores(generation, unit)).toBe(scores);

    // A fresh copy of the modules, as the next test file gets, for another database: nothing
    // listens there, so the word must be read from it and fail, not be found kept.
    const saved = process.env.DATABASE_URL;
    vi.resetModules();
    process.env.DATABASE_URL = "postgresql://nobody:nothing@127.0.0.1:1/elsewhere";
    try {
      const elsewhere = await loadSearch();
      await expect(elsewhere.unitScores(generation, unit)).rejects.toThrow();
    } finally {
      process.env.DATABASE_URL = saved;
    }
  });
});
