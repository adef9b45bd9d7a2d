import "server-only";
import { db } from "@/lib/db";
import { createFacetIndex, type FacetDocument, type FacetIndex } from "../facet-bits";

// The facet index of the PostgreSQL engine, rebuilt from search_documents when
// the catalogue's generation changes. Counting facets for tens of thousands of
// matches then takes a millisecond in memory instead of hundreds in SQL
// (unnest + group by). PostgreSQL stays the source of truth: this is a
// derived, per-process copy that is never used once stale.

async function buildIndex(generation: bigint): Promise<FacetIndex> {
  const [docs, orders] = await Promise.all([
    db.$queryRaw<FacetDocument[]>`SELECT doc_no AS "docNo", kind, countries, levels, themes FROM search_documents`,
    db.$queryRaw<{ newest: number[] | null; by_title: number[] | null }[]>`
      SELECT array_agg(doc_no ORDER BY published_at DESC, slug) AS newest,
             array_agg(doc_no ORDER BY sort_title, slug) AS by_title
      FROM search_documents`,
  ]);
  return createFacetIndex(generation, docs, orders[0]?.newest ?? [], orders[0]?.by_title ?? []);
}

let current: { generation: bigint; index: Promise<FacetIndex> } | undefined;

/** The index for this generation (or a newer one), built once however many ask. */
export function facetIndex(generation: bigint): Promise<FacetIndex> {
  if (!current || current.generation < generation) {
    const index = buildIndex(generation);
    current = { generation, index };
    index.catch(() => {
      if (current?.index === index) current = undefined;
    });
  }
  return current.index;
}

