import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { createFacetIndex, facetIndexAt, type FacetDocument, type FacetIndex } from "../facet-bits";
import { patchFacetIndex, type Placement } from "../facet-patch";
import { readChanges } from "./document-changes";

// The facet index of the PostgreSQL engine, rebuilt from search_documents when
// the catalogue's generation changes. Counting facets for tens of thousands of
// matches then takes a millisecond in memory instead of hundreds in SQL
// (unnest + group by). PostgreSQL stays the source of truth: this is a
// derived, per-process copy that is never used once stale. After a few
// changes it is patched from the documents they touched (facet-patch.ts,
// ADR 010). Freshness changes with time as well: its masks are judged again,
// from the documents' dates kept here, whenever an entry's state has changed
// since (ADR 013).

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

/** Facet values and verification dates of every search document, or of those `only` names, read by `client`. */
export async function readFacetDocuments(client: Prisma.TransactionClient = db, only: Int32Array | null = null): Promise<FacetDocument[]> {
  const [row] = await client.$queryRaw<{ docs: string | null }[]>`
    SELECT string_agg(concat_ws(${FIELD}, doc_no, kind, array_to_string(countries, ${ITEM}), array_to_string(levels, ${ITEM}),
                                array_to_string(themes, ${ITEM}), evidence, coalesce((extract(epoch FROM last_verified_at) * 1000)::bigint::text, '')),
                      ${DOCUMENT}) AS docs
    FROM search_documents ${only ? Prisma.sql`WHERE doc_no = ANY(${Array.from(only)}::int[])` : Prisma.empty}`;
  return row?.docs ? row.docs.split(DOCUMENT).map(parseDocument) : [];
}

// How many indexes this process read whole and how many it patched.
const builds = { whole: 0, patched: 0 };

/** This process's index builds so far, by kind (a copy). */
export function facetIndexBuilds(): { whole: number; patched: number } {
  return { ...builds };
}

/** The index read whole from search_documents. */
export async function buildIndex(generation: bigint, now: Date): Promise<FacetIndex> {
  builds.whole++;
  const [docs, orders] = await Promise.all([
    readFacetDocuments(),
    db.$queryRaw<{ newest: number[] | null; by_title: number[] | null }[]>`
      SELECT array_agg(doc_no ORDER BY published_at DESC, slug) AS newest,
             array_agg(doc_no ORDER BY sort_title, slug) AS by_title
      FROM search_documents`,
  ]);
  return createFacetIndex(generation, docs, orders[0]?.newest ?? [], orders[0]?.by_title ?? [], now);
}

// Beyond this many changed documents the index is read whole: each one's
// places in the orders are counts over the orders' indexes, some 15 ms a
// document at 50 000 entries (a whole read: about 350 ms).
const MAX_PATCHED_DOCUMENTS = 10;

/**
 * `old` brought up to the latest generation from the documents changed since,
 * all read in one snapshot (the places of a document in the orders depend on
 * every other's); null when the changes are unknown or too many.
 */
async function patchedIndex(old: FacetIndex, now: Date): Promise<FacetIndex | null> {
  return db.$transaction(
    async (tx) => {
      const [state] = await tx.$queryRaw<{ generation: bigint }[]>`SELECT generation FROM search_state WHERE id = 1`;
      const generation = state?.generation ?? 0n;
      const changed = generation > old.generation ? await readChanges(tx, old.generation, generation, MAX_PATCHED_DOCUMENTS) : null;
      if (!changed) return null;
      const docs = await readFacetDocuments(tx, changed);
      // The same orders as buildIndex's: newest first (ties by slug), and by title (ties by slug).
      const places = await tx.$queryRaw<{ docNo: number; newestAt: bigint; titleAt: bigint }[]>`
        SELECT d.doc_no AS "docNo",
               (SELECT count(*) FROM search_documents o WHERE o.published_at > d.published_at)
                 + (SELECT count(*) FROM search_documents o WHERE o.published_at = d.published_at AND o.slug < d.slug) AS "newestAt",
               (SELECT count(*) FROM search_documents o WHERE (o.sort_title, o.slug) < (d.sort_title, d.slug)) AS "titleAt"
        FROM search_documents d WHERE d.doc_no = ANY(${Array.from(changed)}::int[])`;
      const placements: Placement[] = places.map((p) => ({ docNo: p.docNo, newestAt: Number(p.newestAt), titleAt: Number(p.titleAt) }));
      builds.patched++;
      return patchFacetIndex(old, generation, changed, docs, placements, now);
    },
    { isolationLevel: Prisma.TransactionIsolationLevel.RepeatableRead },
  );
}

let current: { generation: bigint; index: Promise<FacetIndex> } | undefined;

/** The newer index: the older one patched when it can be, else read whole. */
async function nextIndex(previous: Promise<FacetIndex> | undefined, generation: bigint, now: Date): Promise<FacetIndex> {
  const old = previous ? await previous.catch(() => null) : null;
  return (old && (await patchedIndex(old, now))) ?? buildIndex(generation, now);
}

/**
 * The index for this generation (or a newer one), built once however many
 * ask, with freshness judged at `now`.
 */
export async function facetIndex(generation: bigint, now: Date = new Date()): Promise<FacetIndex> {
  if (!current || current.generation < generation) {
    const index = nextIndex(current?.index, generation, now);
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
