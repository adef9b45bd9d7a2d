import "server-only";
import { LRUCache } from "lru-cache";
import { Prisma } from "@/lib/generated/prisma/client";
import { indexScanRows } from "../sql/index-scan";
import { unitCondition, type UnitMatch } from "../sql/text-match";
import { unitFacetCondition } from "../sql/facet-conditions";
import { FACET_FLAG, MATCH_FLAG, orOfWords, replaceDocuments, TITLE_FLAG, unitScoresBytes, wordsOutsideQuery, type UnitScores } from "../unit-scores";
import { inFlight } from "../in-flight";
import { decodeRecords } from "./unit-records";
import { readPart, readParts, recordsSql, withinDocs, type Part } from "./word-reads";
import { composeUnitScores, unitWords, type UnitWords } from "../unit-words";
import { matchCacheBytes } from "../match-cache-size";
import { changedDocuments } from "./document-changes";

// Each query unit's matches and scores, put together from its words' (each
// read once and kept, unit-words.ts) or read in one scan of its matching
// documents, and kept for the catalogue generation they were read at, as the
// facet index is. A broad word ("stem" matches most of the catalogue) then
// costs one scan per generation instead of one per search, however it is
// combined with other words and filters; every answer is still computed from
// them. The cache is bounded by memory (SEARCH_MATCH_CACHE_MB). When the
// generation changes, a kept word is brought up to date by rescanning only the
// documents changed since (a few, after an approval), not the whole word.

/** A unit made of words: its words, and its parts to read (each word, then its facet condition). */
type WordParts = { words: UnitWords; parts: Part[] };

/** The unit's parts, or null when it is not made of words alone. */
function wordParts(match: UnitMatch): WordParts | null {
  const words = unitWords(match.anywhere, match.ranking);
  if (!words) return null;
  const facet = unitFacetCondition(match.unit.facets);
  return { words, parts: [...words.words.map((word) => ({ word })), ...(facet ? [{ facet }] : [])] };
}

/** The unit's scores from its parts' scores, in the parts' order. */
function fromParts({ words }: WordParts, scores: readonly UnitScores[]): UnitScores {
  return composeUnitScores(words, scores.slice(0, words.words.length), scores[words.words.length] ?? null);
}

/**
 * The unit's scores over the whole catalogue, or over the documents `only`
 * names (ascending doc_nos): put together from its words' when it is a plain
 * OR of single words (unit-words.ts), else read whole.
 */
export async function readUnitScores(match: UnitMatch, only: Int32Array | null = null): Promise<UnitScores> {
  const parted = wordParts(match);
  return parted ? fromParts(parted, await readParts(parted.parts, only)) : readWholeUnit(match, only);
}

/** The unit's scores read in one scan of its matches: a unit not made of words alone, and the tests' measure of one that is. */
export async function readWholeUnit(match: UnitMatch, only: Int32Array | null): Promise<UnitScores> {
  const words = orOfWords(match.ranking);
  const facet = unitFacetCondition(match.unit.facets);
  const facetFlag = facet ? Prisma.sql`${facet}::int * ${FACET_FLAG}` : Prisma.sql`0`;
  const within = withinDocs(only);
  const matches = Prisma.sql`(${unitCondition(match)})${within}`;
  const title = Prisma.sql`(head @@ ${match.inTitle}::tsquery)::int * ${TITLE_FLAG} + ${facetFlag}`;
  // The rank is that of the distinct ranking words (orOfWords): ts_rank of a
  // query holding a word twice, as a prefix and whole, counts one of the two,
  // which one depending on where they stand. The share is the rank times
  // their number, worked out on reading.
  const scores = Prisma.sql`ts_rank(head, ${words.query}::tsquery, 1) AS rank`;
  // The words of a phrase rank apart ("natural" of "natural sciences"), so
  // the documents holding a ranking word that is not an operand of the unit
  // on its own are read too, after its matches, and keep their flags without
  // MATCH_FLAG when they add to a many-unit rank; a document read twice is
  // kept as a match (decodeRecords). Whether a document matches is never
  // tested on the whole document again: that would decompress every match's
  // document, six times the cost of the rest. Reading the matches a second
  // time to tell them apart cost the broadest such words a third of their read.
  // OFFSET 0 keeps each part a subquery, so that its scores are computed once
  // per document, not again where the record and the filter name them.
  const outside = wordsOutsideQuery(words.query, match.anywhere);
  const scored = Prisma.sql`
    SELECT * FROM (SELECT doc_no, ${MATCH_FLAG} + ${title} AS flags, ${scores} FROM search_documents WHERE ${matches} OFFSET 0) m${
      outside === ""
        ? Prisma.empty
        : Prisma.sql`
    UNION ALL
    SELECT * FROM (SELECT doc_no, ${title} AS flags, ${scores} FROM search_documents WHERE document @@ ${outside}::tsquery${within} OFFSET 0) o
    WHERE rank > 0`
    }`;
  // One binary record per document (doc_no, flags, rank: 4 + 2 + 4 bytes,
  // big-endian) as base64 text, decoded natively (bytea would come as hex,
  // half as long again): printing and parsing some 100 000 numbers as text
  // took 40% longer. In the order
  // the scan reads them, sorted on reading (unit-records.ts, 2-3 ms for a
  // broad word): sorting them here, after materialising the rows so that the
  // planner would not walk the doc_no index instead, was a quarter of a broad
  // word's read.
  const rows = await indexScanRows<{ records: string | null }>(Prisma.sql`SELECT (${recordsSql(scored)}) AS records`);
  return decodeRecords(Buffer.from(rows[0]?.records ?? "", "base64"), words.items);
}

// A unit's words and facet documents are kept too, under keys of their own:
// a unit first asked for is then put together from what is kept.
type Kept = { generation: bigint; scores: UnitScores; bytes: number };

declare global {
  var __clearinghouseKeptWords: Map<string, LRUCache<string, Kept>> | undefined;
}

// One per process and database, on globalThis: the warm-up at a server's
// start (instrumentation.ts, warm-up.ts) runs in another copy of this module
// than the routes do, and what it reads must be what their searches find.
// By database, because generations are numbered per database: the tests run
// files with databases of their own in one process.
function sharedKeptWords(budget: number): LRUCache<string, Kept> {
  const byDatabase = (globalThis.__clearinghouseKeptWords ??= new Map());
  const database = process.env.DATABASE_URL ?? "";
  const found = byDatabase.get(database);
  if (found) return found;
  const made = new LRUCache<string, Kept>({ maxSize: budget, sizeCalculation: (k) => k.bytes });
  byDatabase.set(database, made);
  return made;
}

const budget = matchCacheBytes();
const kept = budget > 0 ? sharedKeptWords(budget) : null;
/** The share of SEARCH_MATCH_CACHE_MB the kept words take (1 when nothing may be kept). */
export function keptShare(): number {
  return kept ? kept.calculatedSize / budget : 1;
}

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

type Reader = {
  /** What the scores are of: a unit, a word, a facet condition. */
  key: string;
  /** The scores over the whole catalogue. */
  whole: () => Promise<UnitScores>;
  /** The scores over these documents alone. */
  only: (docs: Int32Array) => Promise<UnitScores>;
  /** Bytes the scores hold, with what is derived from them and kept beside them. */
  bytes: (scores: UnitScores) => number;
  /** Called once a read is done: whole or brought up to date. */
  counted?: (kind: "whole" | "carried") => void;
};

/** Kept scores of an older generation with the documents changed since rescanned; null when those are unknown or too many. */
async function carriedOver(known: Kept, generation: bigint, reader: Reader): Promise<UnitScores | null> {
  const changed = await changedDocuments(known.generation, generation);
  if (!changed) return null;
  reader.counted?.("carried");
  const scores = replaceDocuments(known.scores, changed, await reader.only(changed));
  lineage.set(scores, { previous: new WeakRef(known.scores), changed });
  return scores;
}

/** Scores at this generation: kept ones, kept ones brought up to date, or one read shared by whoever asks meanwhile. */
function keptScores(generation: bigint, reader: Reader): Promise<UnitScores> {
  const { key } = reader;
  const known = kept?.get(key);
  if (known?.generation === generation) return Promise.resolve(known.scores);
  return reading(`${generation}|${key}`, async () => {
    const carried = known && known.generation < generation ? await carriedOver(known, generation, reader) : null;
    if (!carried) reader.counted?.("whole");
    const scores = carried ?? (await reader.whole());
    // A search still at an older generation does not replace newer scores.
    // An entry larger than the whole budget is not kept (lru-cache refuses it).
    const latest = kept?.get(key);
    if (!latest || latest.generation < generation) kept?.set(key, { generation, scores, bytes: reader.bytes(scores) });
    return scores;
  });
}

// A word's or facet condition's scores: what they hold, nothing derived.
const ownBytes = (s: UnitScores) => s.docs.byteLength + s.flags.byteLength + s.rank.byteLength + s.share.byteLength + 64;

/** One part of units (a word, a facet condition) at this generation, kept for every unit that holds it. */
function partScores(generation: bigint, part: Part, key: string): Promise<UnitScores> {
  return keptScores(generation, { key, whole: () => readPart(part), only: async (docs) => (await readParts([part], docs))[0]!, bytes: ownBytes });
}

/** The unit's scores over the whole catalogue at this generation, from its kept parts when it is made of words. */
async function unitFromParts(generation: bigint, match: UnitMatch): Promise<UnitScores> {
  const parted = wordParts(match);
  if (!parted) return readWholeUnit(match, null);
  const keyOf = (part: Part) => ("word" in part ? `word|${part.word}` : `facet|${facetKey(match)}`);
  return fromParts(parted, await Promise.all(parted.parts.map((part) => partScores(generation, part, keyOf(part)))));
}

const facetKey = (match: UnitMatch) => match.unit.facets.map((f) => `${f.facet}=${f.value}`).join(",");

/** The unit's scores at this generation: kept ones, kept ones brought up to date, or read (or put together) once for whoever asks meanwhile. */
export function unitScores(generation: bigint, match: UnitMatch): Promise<UnitScores> {
  return keptScores(generation, {
    key: `unit|${match.anywhere}|${match.ranking}|${facetKey(match)}`,
    whole: () => unitFromParts(generation, match),
    only: (docs) => readUnitScores(match, docs),
    bytes: unitScoresBytes,
    counted: (kind) => reads[kind]++,
  });
}
