import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { loadEntries } from "../../lib/catalogue/load";
import { entryInputSchema } from "../../lib/catalogue/schema";
import { db } from "../../lib/db";
import { searchCatalogue } from "../../lib/search";
import { readGeneration } from "../../lib/search/generation";
import { parseSearchParams } from "../../lib/search/query";

// The search generation stamps every cached answer (SEARCH_CACHE_SIZE is on by
// default here). The database bumps it on any change of search_documents, so a
// write that bypasses lib/search — a script, a cascade, raw SQL — still makes
// the next search exact.

const word = `quenthorp${randomUUID().slice(0, 6).replace(/[0-9]/g, "x")}`;
const slugs = ["a", "b", "c", "d"].map((s) => `generation-${word}-${s}`);

const search = () => searchCatalogue(parseSearchParams(new URLSearchParams({ q: word })).query);

beforeAll(async () => {
  const entries = slugs.map((slug, i) =>
    entryInputSchema.parse({
      slug,
      title: `${word} club number ${i + 1}`,
      kind: "programme",
      summary: "A fixture entry used by the search generation test of the clearinghouse.",
      description: "This description exists so that the entry is long enough to be valid in the catalogue.",
      countries: ["RO"],
      levels: ["primary"],
      themes: ["mathematics"],
      sources: [{ title: "Test fixture" }],
    }),
  );
  await loadEntries(entries, "test");
});

describe("the search generation", () => {
  it("moves when entries are deleted with raw SQL, so the cached search is not served", async () => {
    const before = await search();
    expect(before.total).toBe(4);
    expect(await search()).toEqual(before); // now cached

    // Outside lib/: their search documents go by the foreign key's cascade.
    await db.$executeRaw`DELETE FROM entries WHERE slug = ANY(${slugs.slice(0, 2)})`;

    const after = await search();
    expect(after.total).toBe(2);
    expect(after.hits.map((h) => h.slug).sort()).toEqual(slugs.slice(2));
  });

  it("moves on an update or a truncation of search documents, and stays put when a statement changes none", async () => {
    const start = await readGeneration();
    await db.$executeRaw`UPDATE search_documents SET summary = summary WHERE slug = ${slugs[2]}`;
    const updated = await readGeneration();
    expect(updated).toBeGreaterThan(start);
    await db.$executeRaw`DELETE FROM search_documents WHERE slug = 'no-such-entry'`;
    await db.$executeRaw`UPDATE search_documents SET summary = summary WHERE false`;
    expect(await readGeneration()).toBe(updated);
    await db.$executeRaw`TRUNCATE search_documents`;
    expect(await readGeneration()).toBeGreaterThan(updated);
  });
});
