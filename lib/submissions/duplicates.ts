import "server-only";
import { db } from "@/lib/db";

// Likely duplicates of a proposed entry among published ones: a similar
// title, weighed up when the organisation or a country is the same.

export type LikelyDuplicate = { slug: string; title: string; kind: string; reasons: string[] };

export async function findLikelyDuplicates(input: {
  title: string;
  organisationId: string;
  countries: string[];
  excludeEntryId: string | null;
}): Promise<LikelyDuplicate[]> {
  const title = input.title.trim();
  if (title.length < 3) return [];
  const rows = await db.$queryRaw<{ slug: string; title: string; kind: string; score: number; same_org: boolean; shared: string[] }[]>`
    SELECT slug, title, kind, score, same_org, shared FROM (
      SELECT e.slug, e.title, e.kind,
             word_similarity(lower(unaccent(${title})), lower(unaccent(e.title))) AS score,
             e.organisation_id = ${input.organisationId}::uuid AS same_org,
             ARRAY(SELECT unnest(e.countries) INTERSECT SELECT unnest(${input.countries}::text[])) AS shared
      FROM entries e
      WHERE e.archived_at IS NULL
        AND (${input.excludeEntryId}::uuid IS NULL OR e.id <> ${input.excludeEntryId}::uuid)
    ) candidates
    WHERE score >= 0.6 OR (score >= 0.35 AND (same_org OR cardinality(shared) > 0))
    ORDER BY score DESC
    LIMIT 5`;
  return rows.map((r) => ({
    slug: r.slug,
    title: r.title,
    kind: r.kind,
    reasons: [
      "similar title",
      ...(r.same_org ? ["same organisation"] : []),
      ...(r.shared.length > 0 ? ["same country"] : []),
    ],
  }));
}
