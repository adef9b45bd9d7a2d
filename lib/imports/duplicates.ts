import "server-only";
import { db } from "@/lib/db";
import { OPEN } from "@/lib/submissions/schema";
import { slugify } from "@/lib/submissions/slug";
import type { DuplicateProbe } from "./probe";
import type { EntryDuplicate } from "./schema";

// Likely duplicates of many rows at once. The same rules as a single
// proposal's check (lib/submissions/duplicates.ts: a similar title, weighed up
// by the same organisation or a shared country), but one query per batch of
// rows instead of one per row, each row's title looked up through a trigram
// index (see the imports migration) rather than compared with every entry.

const BATCH = 500;

function batches<T>(items: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += BATCH) out.push(items.slice(i, i + BATCH));
  return out;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Published entries each row looks like, by row number. */
export async function catalogueDuplicates(probes: DuplicateProbe[], organisationId: string): Promise<Map<number, EntryDuplicate[]>> {
  const found = new Map<number, EntryDuplicate[]>();
  for (const batch of batches(probes.filter((p) => p.title.trim().length >= 3))) {
    const rows = await db.$transaction(async (tx) => {
      // The trigram index answers `<%` at this threshold: the lowest score any rule below accepts.
      await tx.$executeRaw`SET LOCAL pg_trgm.word_similarity_threshold = 0.35`;
      // With LIMIT in the lateral join the planner hopes a scan stops early; it rarely does.
      await tx.$executeRaw`SET LOCAL enable_seqscan = off`;
      return tx.$queryRaw<{ row: number; slug: string; title: string; kind: string; same_org: boolean; shared: boolean }[]>`
        WITH probe AS (
          SELECT p.row, title_fold(p.title) AS title, string_to_array(p.countries, ',') AS countries
          FROM unnest(${batch.map((p) => p.row)}::int[], ${batch.map((p) => p.title)}::text[], ${batch.map((p) => p.countries.join(","))}::text[])
            AS p(row, title, countries)
        )
        SELECT p.row, m.slug, m.title, m.kind, m.same_org, m.shared
        FROM probe p
        CROSS JOIN LATERAL (
          SELECT c.* FROM (
            SELECT e.slug, e.title, e.kind,
                   word_similarity(p.title, title_fold(e.title)) AS score,
                   e.organisation_id IS NOT DISTINCT FROM ${organisationId}::uuid AS same_org,
                   e.countries && p.countries AS shared
            FROM entries e
            WHERE e.archived_at IS NULL AND p.title <% title_fold(e.title)
          ) c
          WHERE c.score >= 0.6 OR c.same_org OR c.shared
          ORDER BY c.score DESC
          LIMIT 3
        ) m
        ORDER BY p.row, m.score DESC`;
    }, { timeout: 120_000 });
    for (const r of rows) {
      const reasons = ["similar title", ...(r.same_org ? ["same organisation"] : []), ...(r.shared ? ["same country"] : [])];
      push(found, r.row, { slug: r.slug, title: r.title, kind: r.kind, reasons });
    }
  }
  // An entry already at the address a row names (its slug column) or would be given: the same entry, most likely.
  const wanted = new Map(probes.map((p) => [p.row, p.slug ?? slugify(p.title)]));
  const taken = await db.entry.findMany({
    where: { slug: { in: [...new Set(wanted.values())] }, archivedAt: null },
    select: { slug: true, title: true, kind: true },
  });
  const bySlug = new Map(taken.map((e) => [e.slug, e]));
  for (const [row, slug] of wanted) {
    const entry = bySlug.get(slug);
    if (!entry) continue;
    const list = found.get(row) ?? [];
    const same = list.find((d) => d.slug === slug);
    if (same) same.reasons.push("same address");
    else push(found, row, { ...entry, reasons: ["same address"] });
  }
  return found;
}

/** Proposals still open (not approved or rejected) whose title matches a row's closely. */
export async function openProposalDuplicates(probes: DuplicateProbe[]): Promise<Map<number, { id: string; title: string }[]>> {
  const found = new Map<number, { id: string; title: string }[]>();
  for (const batch of batches(probes.filter((p) => p.title.trim().length >= 3))) {
    const rows = await db.$queryRaw<{ row: number; id: string; title: string }[]>`
      WITH probe AS (
        SELECT p.row, lower(unaccent(p.title)) AS title
        FROM unnest(${batch.map((p) => p.row)}::int[], ${batch.map((p) => p.title)}::text[]) AS p(row, title)
      ), open AS MATERIALIZED (
        SELECT id, title, lower(unaccent(title)) AS norm FROM proposals
        WHERE state = ANY(${OPEN}::text[])
      )
      SELECT p.row, m.id::text AS id, m.title
      FROM probe p
      CROSS JOIN LATERAL (
        SELECT o.id, o.title, word_similarity(p.title, o.norm) AS score FROM open o
        WHERE word_similarity(p.title, o.norm) >= 0.6
        ORDER BY score DESC LIMIT 3
      ) m
      ORDER BY p.row, m.score DESC`;
    for (const r of rows) push(found, r.row, { id: r.id, title: r.title });
  }
  return found;
}
