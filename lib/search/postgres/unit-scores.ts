import "server-only";
import { LRUCache } from "lru-cache";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { withIndexScan } from "../sql/index-scan";
import { unitCondition, type UnitMatch } from "../sql/text-match";
import { unitFacetCondition } from "../sql/facet-conditions";
import { FACET_FLAG, MATCH_FLAG, orOfWords, TITLE_FLAG, unitScoresBytes, type UnitScores } from "../unit-scores";
import { inFlight } from "../in-flight";
import { matchCacheBytes } from "../match-cache-size";

// Each query unit's matches and scores, read in one scan of its matching
// documents and kept for the catalogue generation they were read at, as the
// facet index is. A broad word ("stem" matches most of the catalogue) then
// costs one scan per generation instead of one per search, however it is
// combined with other words and filters; every answer is still computed from
// them. The cache is bounded by memory (SEARCH_MATCH_CACHE_MB), and a
// generation change leaves every older entry unused until it is evicted.

type Row = { docs: number[]; flags: number[]; rank: number[]; share: number[] };

async function readUnitScores(match: UnitMatch): Promise<UnitScores> {
  const words = orOfWords(match.ranking);
  const facet = unitFacetCondition(match.unit.facets);
  const facetFlag = facet ? Prisma.sql`${facet}::int * ${FACET_FLAG}` : Prisma.sql`0`;
  // The words of a phrase rank apart ("school" of "primary school"), so the
  // documents holding any ranking word are read too; the title and summary
  // are in the whole document, whose index finds them.
  const rows = await withIndexScan(
    db.$queryRaw<Row[]>`
      SELECT coalesce(array_agg(doc_no ORDER BY doc_no), '{}') AS docs,
             coalesce(array_agg(flags ORDER BY doc_no), '{}') AS flags,
             coalesce(array_agg(rank ORDER BY doc_no), '{}') AS rank,
             coalesce(array_agg(share ORDER BY doc_no), '{}') AS share
      FROM (
        SELECT doc_no,
               (${unitCondition(match)})::int * ${MATCH_FLAG} + (head @@ ${match.inTitle}::tsquery)::int * ${TITLE_FLAG} + ${facetFlag} AS flags,
               ts_rank(head, ${match.ranking}::tsquery, 1) AS rank,
               ts_rank(head, ${words.query}::tsquery, 1) * ${words.items} AS share
        FROM search_documents WHERE ${unitCondition(match)} OR document @@ ${words.query}::tsquery
      ) d
      WHERE flags >= ${MATCH_FLAG} OR share > 0`,
  );
  const row = rows[0] ?? { docs: [], flags: [], rank: [], share: [] };
  return {
    docs: Int32Array.from(row.docs),
    flags: Uint8Array.from(row.flags),
    rank: Float32Array.from(row.rank),
    share: Float32Array.from(row.share),
    items: words.items,
  };
}

const budget = matchCacheBytes();
const kept = budget > 0 ? new LRUCache<string, UnitScores>({ maxSize: budget, sizeCalculation: unitScoresBytes }) : null;
// Concurrent searches for a word not yet kept share one scan.
const reading = inFlight<UnitScores>();

/** The unit's scores at this generation: kept ones, or one scan shared by whoever asks meanwhile. */
export function unitScores(generation: bigint, match: UnitMatch): Promise<UnitScores> {
  const key = `${generation}|${match.anywhere}|${match.ranking}|${match.unit.facets.map((f) => `${f.facet}=${f.value}`).join(",")}`;
  const known = kept?.get(key);
  if (known) return Promise.resolve(known);
  return reading(key, async () => {
    const scores = await readUnitScores(match);
    // An entry larger than the whole budget is not kept (lru-cache refuses it).
    kept?.set(key, scores);
    return scores;
  });
}
