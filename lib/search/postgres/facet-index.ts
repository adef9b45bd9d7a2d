import "server-only";
import { db } from "@/lib/db";
import { createFacetIndex, facetIndexAt, type FacetDocument, type FacetIndex } from "../facet-bits";

// The facet index of the PostgreSQL engine, rebuilt from search_documents when
// the catalogue's generation changes. Counting facets for tens of thousands of
// matches then takes a millisecond in memory instead of hundreds in SQL
// (unnest + group by). PostgreSQL stays the source of truth: this is a
// derived, per-process copy that is never used once stale. Freshness changes
// with time as well: its masks are judged again, from the documents' dates
// kept here, whenever an entry's state has changed since (ADR 013).

// Control characters part fields, list items and documents: no vocabulary
// value holds one. One text value for the whole catalogue: 50 000 rows of
// seven columns cost 360-620 ms through the driver, this about 110 ms and
// 100 ms of splitting.
const FIELD = "\x1f";
const ITEM = "\x1d";
const DOCUMENT = "\x1e";

const list = (text: string | undefined): string[] => (text ? text.split(ITEM) : []);

/** One document's line: doc_no, kind, countries, levels, themes, evidence, last verified (ms, empty when never). */
function parseDocument(line: string): FacetDocument {
  const [docNo, kind, countries, levels, themes, evidence, verified] = line.split(FIELD);
  return {
    docNo: Number(docNo),
    kind: kind ?? "",
    countries: list(countries),
    levels: list(levels),
    themes: list(themes),
    evidence: evidence ?? "",
    verifiedAt: verified ? new Date(Number(verified)) : null,
  };
}

/** Every search document's facet values and verification date. */
export async function readFacetDocuments(): Promise<FacetDocument[]> {
  const [row] = await db.$queryRaw<{ docs: string | null }[]>`
    SELECT string_agg(concat_ws(${FIELD}, doc_no, kind, array_to_string(countries, ${ITEM}), array_to_string(levels, ${ITEM}),
                                array_to_string(themes, ${ITEM}), evidence, coalesce((extract(epoch FROM last_verified_at) * 1000)::bigint::text, '')),
                      ${DOCUMENT}) AS docs
    FROM search_documents`;
  return row?.docs ? row.docs.split(DOCUMENT).map(parseDocument) : [];
}

async function buildIndex(generation: bigint, now: Date): Promise<FacetIndex> {
  const [docs, orders] = await Promise.all([
    readFacetDocuments(),
    db.$queryRaw<{ newest: number[] | null; by_title: number[] | null }[]>`
      SELECT array_agg(doc_no ORDER BY published_at DESC, slug) AS newest,
             array_agg(doc_no ORDER BY sort_title, slug) AS by_title
      FROM search_documents`,
  ]);
  return createFacetIndex(generation, docs, orders[0]?.newest ?? [], orders[0]?.by_title ?? [], now);
}

let current: { generation: bigint; index: Promise<FacetIndex> } | undefined;

/**
 * The index for this generation (or a newer one), built once however many
 * ask, with freshness judged at `now`.
 */
export async function facetIndex(generation: bigint, now: Date = new Date()): Promise<FacetIndex> {
  if (!current || current.generation < generation) {
    const index = buildIndex(generation, now);
    current = { generation, index };
    index.catch(() => {
      if (current?.index === index) current = undefined;
    });
  }
  const kept = current;
  const index = await kept.index;
  const judged = facetIndexAt(index, now);
  // The masks of the latest state are kept for the searches that follow.
  if (judged !== index && current === kept) current = { generation: kept.generation, index: Promise.resolve(judged) };
  return judged;
}
