import { describe, expect, it } from "vitest";
import { db } from "../../lib/db";
import { readFacetDocuments } from "../../lib/search/postgres/facet-index";
import type { FacetDocument } from "../../lib/search/facet-bits";

// The facet index reads every document's facets as one text value (issue 15);
// it must read what the rows hold, empty lists and dates included.

describe("the facet index's documents", () => {
  it("are the search documents' rows, field for field", async () => {
    await db.$executeRaw`
      UPDATE search_documents SET levels = '{}', countries = '{}', last_verified_at = '2026-01-02 03:04:05.678+00'
      WHERE doc_no = (SELECT min(doc_no) FROM search_documents)`;
    await db.$executeRaw`UPDATE search_documents SET last_verified_at = NULL WHERE doc_no = (SELECT max(doc_no) FROM search_documents)`;
    const rows = await db.$queryRaw<FacetDocument[]>`
      SELECT doc_no AS "docNo", kind, countries, levels, themes, evidence, last_verified_at AS "verifiedAt" FROM search_documents ORDER BY doc_no`;
    const read = (await readFacetDocuments()).sort((a, b) => a.docNo - b.docNo);
    expect(rows.length).toBeGreaterThan(50);
    expect(read).toEqual(rows);
    expect(read[0]).toMatchObject({ countries: [], levels: [], verifiedAt: new Date("2026-01-02T03:04:05.678Z") });
    expect(read.at(-1)?.verifiedAt).toBeNull();
  });
});
