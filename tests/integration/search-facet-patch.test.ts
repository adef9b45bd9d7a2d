import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { loadEntries } from "../../lib/catalogue/load";
import { entryInputSchema } from "../../lib/catalogue/schema";
import { db } from "../../lib/db";
import { readGeneration } from "../../lib/search/generation";
import { buildIndex, facetIndex, facetIndexBuilds } from "../../lib/search/postgres/facet-index";
import { facetAnswers } from "../support/facet-answers";

// After a few changes the facet index is patched from the documents they
// touched (ADR 010, 2026-12-05); it must answer as one read whole.

const tag = randomUUID().slice(0, 8);

describe("the facet index at a newer generation", () => {
  it("is patched from the changed documents, and answers as the index read whole", async () => {
    const now = new Date();
    await facetIndex(await readGeneration(), now);
    const builds = facetIndexBuilds();

    // New facets, a new title and date (so new places in both orders), a deletion and a new entry.
    await db.$executeRaw`
      UPDATE search_documents SET countries = '{MT,MK}', levels = '{}', evidence = 'described', sort_title = 'aaa first', published_at = now()
      WHERE doc_no = (SELECT max(doc_no) FROM search_documents)`;
    await db.$executeRaw`UPDATE search_documents SET sort_title = 'zzz last', last_verified_at = now() WHERE doc_no = (SELECT min(doc_no) FROM search_documents)`;
    await db.$executeRaw`DELETE FROM entries WHERE id = (SELECT entry_id FROM search_documents ORDER BY doc_no OFFSET 5 LIMIT 1)`;
    await loadEntries(
      [
        entryInputSchema.parse({
          slug: `patch-${tag}`,
          title: `A facet patch fixture ${tag}`,
          kind: "resource",
          summary: "A fixture entry of the facet index patch test, with a summary long enough.",
          description: "This description exists so that the entry is long enough to be valid in the catalogue.",
          countries: ["IS"],
          levels: ["upper-secondary"],
          themes: ["digital-skills"],
          sources: [{ title: "Test fixture" }],
        }),
      ],
      "test",
    );
    const generation = await readGeneration();

    const patched = await facetIndex(generation, now);
    expect(facetIndexBuilds()).toEqual({ whole: builds.whole, patched: builds.patched + 1 });
    expect(patched.generation).toBe(generation);
    expect(facetAnswers(patched)).toEqual(facetAnswers(await buildIndex(generation, now)));
  });
});
