import { describe, expect, it } from "vitest";
import { db } from "../../lib/db";
import { searchCatalogue } from "../../lib/search";
import { SEARCH_INDEX_VERSION, ensureCurrentSearchIndex } from "../../lib/search/postgres/index-version";
import { defaultSearchQuery } from "../../lib/search/query";

const version = async () => (await db.$queryRaw<{ index_version: number }[]>`SELECT index_version FROM search_state`)[0]?.index_version;

describe("rewriting search documents written by an older indexer", () => {
  it("rewrites them once, with what this indexer writes, and leaves current ones alone", async () => {
    const before = (await searchCatalogue(defaultSearchQuery())).total;
    await db.$executeRaw`UPDATE search_state SET index_version = 1`;
    // An old document: no Latin spelling of its Cyrillic name, no German stems.
    await db.$executeRaw`UPDATE search_documents SET head = to_tsvector('simple', 'old'), document = to_tsvector('simple', 'old')`;
    expect((await searchCatalogue({ ...defaultSearchQuery(), q: "skopje", sort: "relevance" })).total).toBe(0);

    expect(await ensureCurrentSearchIndex()).toBe(true);
    expect(await version()).toBe(SEARCH_INDEX_VERSION);
    expect((await searchCatalogue(defaultSearchQuery())).total).toBe(before);
    expect((await searchCatalogue({ ...defaultSearchQuery(), q: "skopje", sort: "relevance" })).total).toBeGreaterThan(0);

    expect(await ensureCurrentSearchIndex()).toBe(false);
  });
});
