import "server-only";
import { sqlRows } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { storedTitles } from "@/lib/catalogue/translations";
import { perFacet, type Facet } from "@/lib/catalogue/vocabularies";
import { toEntryEvidence, type EntryEvidence } from "@/lib/evidence/levels";
import { MARK_END, MARK_START, parseHighlight, plainSegments } from "../highlight";
import type { FacetCount, SearchContext, SearchHit, SearchQuery, SearchResult } from "../types";
import { tallyFacets, type FacetIndex, type FacetTally } from "../facet-bits";
import { buildTextMatch, rankQuery, type TextMatch } from "../sql/text-match";
import { combineUnits, type Scored, type ScoringUnit, type UnitScores } from "../unit-scores";
import { hasFilters } from "../query";
import { shapeFacetCounts } from "../facet-counts";
import { firstInOrder } from "../top-k";
import { facetIndex } from "./facet-index";
import { carriedFrom, unitScores } from "./unit-scores";
import { reorderChanged } from "../relevance-order";

type HitRow = {
  doc_no: number;
  slug: string;
  title: string;
  title_lang: string | null;
  kind: string;
  summary: string;
  translations: unknown;
  countries: string[];
  levels: string[];
  themes: string[];
  title_marked: string | null;
  summary_marked: string | null;
  evidence_level: string | null;
  evidence_justification: string | null;
  evidence_url: string | null;
  evidence_assessed_at: Date | null;
};

const HEADLINE_OPTIONS = `StartSel=${MARK_START}, StopSel=${MARK_END}, HighlightAll=true`;

// A query of one word (or phrase) is what most searches are, and for it the
// combination, the relevance order and the unfiltered facet counts depend only
// on that unit's kept scores: they are derived once, kept with them (and go
// when they are evicted or the generation changes), and each search then
// walks the order for its page and filters. Several units are combined per search.
// The unfiltered counts hold freshness as judged under one index's stamp, so they are kept with that index.
// Carried over to a new generation (ADR 010), it starts from the older order and the documents changed since.
type OneUnit = {
  scored: Scored;
  ranked?: boolean;
  order?: Int32Array;
  from?: { order: Int32Array; changed: Int32Array };
  unfiltered?: { index: FacetIndex; tally: FacetTally };
};
const oneUnit = new WeakMap<UnitScores, OneUnit>();

type Found = { scored: Scored; one: OneUnit | null };

/**
 * Every matching document with its relevance, combined in memory from each
 * unit's matches (read once per generation, postgres/unit-scores.ts); the
 * page is then chosen among those passing the facet filters.
 */
async function scoredDocs(match: TextMatch, loose: boolean, generation: bigint): Promise<Found> {
  // Units not yet kept are read at once, each on its own connection: a search
  // of three words not yet read waits for the slowest read, not for all three.
  const units: ScoringUnit[] = await Promise.all(
    match.units.map(async (u) => ({ scores: await unitScores(generation, u), optional: u.unit.optional, hasFacets: u.unit.facets.length > 0 })),
  );
  const [only] = units;
  if (units.length !== 1 || !only) return { scored: combineUnits(units, loose), one: null };
  let one = oneUnit.get(only.scores);
  if (!one) {
    one = { scored: combineUnits(units, loose) };
    const carried = carriedFrom(only.scores);
    const before = carried && oneUnit.get(carried.previous)?.order;
    if (before && carried) one.from = { order: before, changed: carried.changed };
    oneUnit.set(only.scores, one);
  }
  return { scored: one.scored, one };
}

const newestPositions = new WeakMap<FacetIndex, Int32Array>();

/** Each doc_no's place in the newest-first order: the ties of relevance go to the newer entry. */
function positionsByNewest(index: FacetIndex): Int32Array {
  const known = newestPositions.get(index);
  if (known) return known;
  const positions = new Int32Array(index.size).fill(index.size);
  index.newest.forEach((doc, at) => {
    if (doc < index.size) positions[doc] = at;
  });
  newestPositions.set(index, positions);
  return positions;
}

/** Relevance order of positions in `scored`: tier, then rank, then the newer entry. */
function relevanceCompare(index: FacetIndex, scored: Scored): (a: number, b: number) => number {
  const newest = positionsByNewest(index);
  const place = (i: number) => newest[scored.docs[i] ?? 0] ?? index.size;
  return (a, b) => (scored.tiers[b] ?? 0) - (scored.tiers[a] ?? 0) || (scored.ranks[b] ?? 0) - (scored.ranks[a] ?? 0) || place(a) - place(b);
}

/** Where `doc` is, or would be, in the ascending doc_nos. */
function positionOf(docs: Int32Array, doc: number): number {
  let low = 0;
  let high = docs.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((docs[mid] ?? 0) < doc) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** A unit's whole relevance order: the older one brought up to date after a change, else sorted. */
function wholeOrder(one: OneUnit, index: FacetIndex): Int32Array {
  const { scored, from } = one;
  one.from = undefined;
  if (from) {
    const byPosition = relevanceCompare(index, scored);
    // Ties go to the lower doc_no, as the stable sort below gives them.
    const compare = (a: number, b: number) => byPosition(positionOf(scored.docs, a), positionOf(scored.docs, b)) || a - b;
    const inserted = Array.from(from.changed).filter((doc) => scored.docs[positionOf(scored.docs, doc)] === doc);
    return reorderChanged(from.order, new Set(from.changed), inserted, compare);
  }
  // A stable sort: equal documents keep doc_no order, as firstInOrder does.
  const positions = Array.from(scored.docs, (_, i) => i);
  return Int32Array.from(positions.sort(relevanceCompare(index, scored)), (i) => scored.docs[i] ?? 0);
}

/** One page of doc_nos by relevance, among those passing the facet filters. */
function rankedPage(query: SearchQuery, index: FacetIndex, tally: FacetTally, found: Found): number[] {
  const { scored, one } = found;
  // A unit's whole order is made when it is asked for again (so kept), or at
  // once when an older one can be brought up to date.
  if (one?.order || one?.ranked || one?.from) {
    one.order ??= wholeOrder(one, index);
    return orderedPage(one.order, tally.matchesAll, query);
  }
  if (one) one.ranked = true;
  const at: number[] = [];
  scored.docs.forEach((doc, i) => {
    if (tally.matchesAll(doc)) at.push(i);
  });
  const skip = (query.page - 1) * query.pageSize;
  const first = firstInOrder(at, skip + query.pageSize, relevanceCompare(index, scored));
  return first.slice(skip).map((i) => scored.docs[i] ?? 0);
}

/** One page of doc_nos in a precomputed order, keeping those that pass. */
function orderedPage(order: Int32Array, passes: (doc: number) => boolean, query: SearchQuery): number[] {
  const skip = (query.page - 1) * query.pageSize;
  const page: number[] = [];
  let seen = 0;
  for (const doc of order) {
    if (!passes(doc)) continue;
    if (seen++ < skip) continue;
    page.push(doc);
    if (page.length === query.pageSize) break;
  }
  return page;
}

function assessmentOf(r: HitRow): EntryEvidence {
  if (r.evidence_level === null || r.evidence_justification === null || r.evidence_assessed_at === null) return null;
  return toEntryEvidence({ level: r.evidence_level, justification: r.evidence_justification, evidenceUrl: r.evidence_url, assessedAt: r.evidence_assessed_at });
}

/** One page of hits, with their evidence levels, in one query. */
async function loadHits(docs: number[], tsquery: string | null): Promise<SearchHit[]> {
  if (docs.length === 0) return [];
  const headline = (column: "title" | "summary") =>
    tsquery ? Prisma.sql`ts_headline('ch_english', ${Prisma.raw(`d.${column}`)}, ${tsquery}::tsquery, ${HEADLINE_OPTIONS})` : Prisma.sql`NULL`;
  const rows = await sqlRows<HitRow>(Prisma.sql`
    SELECT d.doc_no, d.slug, d.title, d.title_lang, d.kind, d.summary, d.translations, d.countries, d.levels, d.themes,
           ${headline("title")} AS title_marked, ${headline("summary")} AS summary_marked,
           a.level AS evidence_level, a.justification AS evidence_justification, a.evidence_url, a.assessed_at AS evidence_assessed_at
    FROM search_documents d LEFT JOIN evidence_assessments a ON a.entry_id = d.entry_id
    WHERE d.doc_no = ANY(${docs}::int[])`, { prepared: true });
  const byDoc = new Map(rows.map((r) => [r.doc_no, r]));
  return docs.flatMap((doc) => {
    const r = byDoc.get(doc);
    if (!r) return [];
    return [
      {
        slug: r.slug,
        title: r.title,
        titleLang: r.title_lang,
        kind: r.kind,
        summary: r.summary,
        countries: r.countries,
        levels: r.levels,
        themes: r.themes,
        highlights: {
          title: r.title_marked ? parseHighlight(r.title_marked) : plainSegments(r.title),
          summary: r.summary_marked ? parseHighlight(r.summary_marked) : plainSegments(r.summary),
        },
        translations: storedTitles(r.translations),
        evidence: assessmentOf(r),
      },
    ];
  });
}

function shapeFacets(tally: FacetTally, query: SearchQuery): Record<Facet, FacetCount[]> {
  return perFacet((facet) => shapeFacetCounts(facet, tally.counts[facet], query.filters[facet]));
}

function pageInOrder(query: SearchQuery, index: FacetIndex, tally: FacetTally, matched: Int32Array | null) {
  const order = query.sort === "title" ? index.byTitle : index.newest;
  if (!matched) return orderedPage(order, tally.matchesAll, query);
  const inText = new Uint8Array(index.size);
  for (const doc of matched) if (doc < index.size) inText[doc] = 1;
  return orderedPage(order, (doc) => inText[doc] === 1 && tally.matchesAll(doc), query);
}

/** The facet counts over the matches; for one unit without filters, counted once and kept with it. */
function tallyOf(index: FacetIndex, query: SearchQuery, found: Found | null): FacetTally {
  if (!found) return tallyFacets(index, query.filters, null);
  if (!found.one || hasFilters(query.filters)) return tallyFacets(index, query.filters, found.scored.docs);
  if (found.one.unfiltered?.index !== index) found.one.unfiltered = { index, tally: tallyFacets(index, query.filters, found.scored.docs) };
  return found.one.unfiltered.tally;
}

export async function searchDocuments(query: SearchQuery, context: SearchContext): Promise<SearchResult> {
  const match = await buildTextMatch(query.q);
  const hasText = match.units.length > 0;
  const relevance = hasText && query.sort === "relevance";
  const find = (loose: boolean) => scoredDocs(match, loose, context.generation);
  const [index, strict] = await Promise.all([facetIndex(context.generation, context.now), hasText ? find(false) : null]);
  let found = strict;
  let tally = tallyOf(index, query, found);
  // Never a dead end: when no entry has every word, those with most of them.
  const loose = hasText && tally.total === 0 && match.units.length > 1;
  if (loose) {
    found = await find(true);
    tally = tallyOf(index, query, found);
  }
  const docs = relevance && found ? rankedPage(query, index, tally, found) : pageInOrder(query, index, tally, found?.scored.docs ?? null);
  const hits = await loadHits(docs, hasText ? rankQuery(match) : null);
  return {
    total: tally.total,
    page: query.page,
    pageSize: query.pageSize,
    hits,
    facets: shapeFacets(tally, query),
    corrections: match.corrections,
    understood: match.analysis.understood,
    partial: loose && tally.total > 0,
  };
}
