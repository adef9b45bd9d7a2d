import "server-only";
import { LRUCache } from "lru-cache";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { withIndexScan } from "../sql/index-scan";
import { unitCondition, type UnitMatch } from "../sql/text-match";
import { unitFacetCondition } from "../sql/facet-conditions";
import { FACET_FLAG, MATCH_FLAG, orOfWords, replaceDocuments, TITLE_FLAG, unitScoresBytes, wordsOutsideQuery, type UnitScores } from "../unit-scores";
import { inFlight } from "../in-flight";
import { matchCacheBytes } from "../match-cache-size";
import { changedDocuments } from "./document-changes";

// Each query unit's matches and scores, read in one scan of its matching
// documents and kept for the catalogue generation they were read at, as the
// facet index is. A broad word ("stem" matches most of the catalogue) then
// costs one scan per generation instead of one per search, however it is
// combined with other words and filters; every answer is still computed from
// them. The cache is bounded by memory (SEARCH_MATCH_CACHE_MB). When the
// generation changes, a kept word is brought up to date by rescanning only the
// documents changed since (a few, after an approval), not the whole word.

/** The unit's scores over the whole catalogue, or over the documents `only` names (ascending doc_nos). */
export async function readUnitScores(match: UnitMatch, only: Int32Array | null = null): Promise<UnitScores> {
  const words = orOfWords(match.ranking);
  const facet = unitFacetCondition(match.unit.facets);
  const facetFlag = facet ? Prisma.sql`${facet}::int * ${FACET_FLAG}` : Prisma.sql`0`;
  const within = only ? Prisma.sql` AND doc_no = ANY(${Array.from(only)}::int[])` : Prisma.empty;
  const matches = Prisma.sql`(${unitCondition(match)})${within}`;
  const title = Prisma.sql`(head @@ ${match.inTitle}::tsquery)::int * ${TITLE_FLAG} + ${facetFlag}`;
  // A single word's ranking words are already a plain OR of distinct words:
  // its share is its rank times their number, and ts_rank, a quarter of a
  // broad word's scan, runs once per document instead of twice.
  const sameWords = words.query === match.ranking;
  const rank = sameWords
    ? Prisma.sql`ts_rank(head, ${match.ranking}::tsquery, 1) AS rank`
    : Prisma.sql`ts_rank(head, ${match.ranking}::tsquery, 1) AS rank, ts_rank(head, ${words.query}::tsquery, 1) * ${words.items} AS share`;
  const share = sameWords ? Prisma.sql`rank * ${words.items}` : Prisma.sql`share`;
  // The words of a phrase rank apart ("natural" of "natural sciences"), so
  // the documents holding a ranking word that is not an operand of the unit
  // on its own are read too, after its matches, and keep their flags without
  // MATCH_FLAG; a document read twice is kept as a match (first in doc_no,
  // flags DESC order). Whether a document matches is never tested on the
  // whole document again: that would decompress every match's document, six
  // times the cost of the rest. Reading the matches a second time to tell
  // them apart cost the broadest such words a third of their read.
  const outside = wordsOutsideQuery(words.query, match.anywhere);
  const scored = Prisma.sql`
    SELECT doc_no, ${MATCH_FLAG} + ${title} AS flags, ${rank}
    FROM search_documents WHERE ${matches}${
      outside === ""
        ? Prisma.empty
        : Prisma.sql`
    UNION ALL
    SELECT doc_no, ${title} AS flags, ${rank}
    FROM search_documents WHERE document @@ ${outside}::tsquery${within}`
    }`;
  // One binary record per document (doc_no, flags, rank, share: 4 + 2 + 4 + 4
  // bytes, big-endian), in doc_no order, as base64 text (the driver adapter
  // does not pass bytea through raw queries): printing and parsing some
  // 100 000 numbers as text took 40% longer. MATERIALIZED: ordered
  // by doc_no, the planner would walk the doc_no index and test every
  // document of the catalogue instead of the matching ones.
  const rows = await withIndexScan(
    db.$queryRaw<{ records: string | null }[]>`
      WITH d AS MATERIALIZED (${scored})
      SELECT encode(string_agg(int4send(doc_no) || int2send(flags::int2) || float4send(rank::real) || float4send((${share})::real), ''::bytea ORDER BY doc_no, flags DESC), 'base64') AS records
      FROM d WHERE flags >= ${MATCH_FLAG} OR ${share} > 0`,
  );
  return decodeRecords(Buffer.from(rows[0]?.records ?? "", "base64"), words.items);
}

const RECORD_BYTES = 14;

/** The records, each document once: of one read twice (a match and a ranking word's document), the first. */
function decodeRecords(bytes: Uint8Array, items: number): UnitScores {
  const records = Math.floor(bytes.byteLength / RECORD_BYTES);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const scores: UnitScores = {
    docs: new Int32Array(records),
    flags: new Uint8Array(records),
    rank: new Float32Array(records),
    share: new Float32Array(records),
    items,
  };
  let count = 0;
  for (let i = 0, at = 0; i < records; i++, at += RECORD_BYTES) {
    const doc = view.getInt32(at);
    if (count > 0 && scores.docs[count - 1] === doc) continue;
    scores.docs[count] = doc;
    scores.flags[count] = view.getInt16(at + 4);
    scores.rank[count] = view.getFloat32(at + 6);
    scores.share[count] = view.getFloat32(at + 10);
    count++;
  }
  if (count === records) return scores;
  return { docs: scores.docs.slice(0, count), flags: scores.flags.slice(0, count), rank: scores.rank.slice(0, count), share: scores.share.slice(0, count), items };
}

type Kept = { generation: bigint; scores: UnitScores };

const budget = matchCacheBytes();
const kept = budget > 0 ? new LRUCache<string, Kept>({ maxSize: budget, sizeCalculation: (k) => unitScoresBytes(k.scores) }) : null;
// Concurrent searches for a word not yet kept share one scan.
const reading = inFlight<UnitScores>();

// How many units this process read whole and how many it brought up to date.
const reads = { whole: 0, carried: 0 };

/** This process's unit reads so far, by kind (a copy). */
export function unitScoreReads(): { whole: number; carried: number } {
  return { ...reads };
}

// Which scores each carried set was made from, and the documents that
// changed, so that what a search derived from the older ones can be brought
// up to date too (postgres/search.ts). Weakly: no chain of generations is kept.
const lineage = new WeakMap<UnitScores, { previous: WeakRef<UnitScores>; changed: Int32Array }>();

/** The scores these were carried over from, while they are still in memory, and the documents changed between. */
export function carriedFrom(scores: UnitScores): { previous: UnitScores; changed: Int32Array } | null {
  const from = lineage.get(scores);
  const previous = from?.previous.deref();
  return from && previous ? { previous, changed: from.changed } : null;
}

/** Kept scores of an older generation with the documents changed since rescanned; null when those are unknown or too many. */
async function carriedOver(known: Kept, generation: bigint, match: UnitMatch): Promise<UnitScores | null> {
  const changed = await changedDocuments(known.generation, generation);
  if (!changed) return null;
  reads.carried++;
  const scores = replaceDocuments(known.scores, changed, await readUnitScores(match, changed));
  lineage.set(scores, { previous: new WeakRef(known.scores), changed });
  return scores;
}

async function readWhole(match: UnitMatch): Promise<UnitScores> {
  reads.whole++;
  return readUnitScores(match);
}

/** The unit's scores at this generation: kept ones, kept ones brought up to date, or one scan shared by whoever asks meanwhile. */
export function unitScores(generation: bigint, match: UnitMatch): Promise<UnitScores> {
  const unit = `${match.anywhere}|${match.ranking}|${match.unit.facets.map((f) => `${f.facet}=${f.value}`).join(",")}`;
  const known = kept?.get(unit);
  if (known?.generation === generation) return Promise.resolve(known.scores);
  return reading(`${generation}|${unit}`, async () => {
    const scores = (known && known.generation < generation ? await carriedOver(known, generation, match) : null) ?? (await readWhole(match));
    // A search still at an older generation does not replace newer scores.
    // An entry larger than the whole budget is not kept (lru-cache refuses it).
    const latest = kept?.get(unit);
    if (!latest || latest.generation < generation) kept?.set(unit, { generation, scores });
    return scores;
  });
}
