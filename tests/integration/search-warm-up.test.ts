import { beforeAll, describe, expect, it } from "vitest";
import { db, sqlRows } from "../../lib/db";
import { Prisma } from "../../lib/generated/prisma/client";
import { searchCatalogue } from "../../lib/search";
import { parseSearchParams } from "../../lib/search/query";
import { unitScoreReads } from "../../lib/search/postgres/unit-scores";
import { commonWords, warmCommonWords, warmUpState } from "../../lib/search/postgres/warm-up";

// A server process reads the catalogue's most common words at its start
// (instrumentation.ts): the words come from PostgreSQL's statistics, and what
// is read is what the next search for them finds kept.

/** How many search documents hold the word, counted, not estimated. */
async function documentsWith(word: string): Promise<number> {
  const [row] = await sqlRows<{ n: number }>(Prisma.sql`SELECT count(*)::int AS n FROM search_documents WHERE document @@ to_tsquery('ch_simple', ${word})`);
  return row?.n ?? 0;
}

beforeAll(async () => {
  // What autovacuum does on its own after enough changes; the copied test database has no statistics yet.
  await db.$executeRawUnsafe("ANALYZE search_documents");
});

describe("the common words", () => {
  it("are words people type, most common first, as many as asked for", async () => {
    const words = await commonWords(8);
    expect(words).toHaveLength(8);
    const terms = await db.$queryRaw<{ term: string }[]>`SELECT term FROM search_terms WHERE term = ANY(${words}::text[])`;
    expect(terms.map((t) => t.term).sort()).toEqual([...words].sort());
    const counts = await Promise.all(words.map(documentsWith));
    // Estimates from a sample: the first is among the most common, ahead of the last.
    expect(counts[0]).toBeGreaterThan(counts.at(-1) ?? 0);
    expect(await commonWords(0)).toEqual([]);
  });
});

describe("the warm-up", () => {
  it("reads each word once, and the next search for it reads nothing", async () => {
    expect(warmUpState().state).toBe("off");
    const before = unitScoreReads().whole;
    const state = await warmCommonWords(5);
    expect(state).toEqual({ state: "done", words: 5, seconds: expect.any(Number) });
    expect(warmUpState()).toEqual(state);
    const read = unitScoreReads().whole - before;
    expect(read).toBeGreaterThanOrEqual(5);
    // "and" and "the" are among the most common words, but a search ignores them: they are skipped.
    const candidates = await commonWords(10);
    expect(candidates).toEqual(expect.arrayContaining(["and", "the"]));
    for (const word of candidates.filter((w) => !["and", "the", "for", "of", "in", "to"].includes(w)).slice(0, 3)) {
      const result = await searchCatalogue(parseSearchParams(new URLSearchParams({ q: word })).query);
      expect(result.total).toBeGreaterThan(0);
    }
    expect(unitScoreReads().whole - before).toBe(read);
    // A word that was not warmed is read at its first search.
    await searchCatalogue(parseSearchParams(new URLSearchParams({ q: "quakesafe" })).query);
    expect(unitScoreReads().whole - before).toBe(read + 1);
  });
});
