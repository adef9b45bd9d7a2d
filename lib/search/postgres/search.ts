import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { storedTitles } from "@/lib/catalogue/translations";
import { FACET_VOCABULARIES, labelOf, perFacet, type Facet } from "@/lib/catalogue/vocabularies";
import { MARK_END, MARK_START, parseHighlight, plainSegments } from "../highlight";
import type { FacetCount, SearchContext, SearchHit, SearchQuery, SearchResult } from "../types";
import { tallyFacets, type FacetIndex, type FacetTally } from "../facet-bits";
import { buildTextMatch, rankQuery, type TextMatch } from "../sql/text-match";
import { combineUnits, type Scored, type ScoringUnit } from "../unit-scores";
import { firstInOrder } from "../top-k";
import { facetIndex } from "./facet-index";
import { unitScores } from "./unit-scores";

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
};

const HEADLINE_OPTIONS = `StartSel=${MARK_START}, StopSel=${MARK_END}, HighlightAll=true`;

/**
 * Every matching document with its relevance, combined in memory from each
 * unit's matches (read once per generation, postgres/unit-scores.ts); the
 * page is then chosen among those passing the facet filters.
 */
async function scoredDocs(match: TextMatch, loose: boolean, generation: bigint): Promise<Scored> {
  // One unit after the other: a search holds at most one connection, as before.
  const units: ScoringUnit[] = [];
  for (const u of match.units) {
    units.push({ scores: await unitScores(generation, u), optional: u.unit.optional, hasFacets: u.unit.facets.length > 0 });
  }
  return combineUnits(units, loose);
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

/** One page of doc_nos by relevance, among those passing the facet filters. */
function rankedPage(query: SearchQuery, index: FacetIndex, tally: FacetTally, scored: Scored): number[] {
  const newest = positionsByNewest(index);
  const at: number[] = [];
  scored.docs.forEach((doc, i) => {
    if (tally.matchesAll(doc)) at.push(i);
  });
  const place = (i: number) => newest[scored.docs[i] ?? 0] ?? index.size;
  const skip = (query.page - 1) * query.pageSize;
  const first = firstInOrder(
    at,
    skip + query.pageSize,
    (a, b) => (scored.tiers[b] ?? 0) - (scored.tiers[a] ?? 0) || (scored.ranks[b] ?? 0) - (scored.ranks[a] ?? 0) || place(a) - place(b),
  );
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

async function loadHits(docs: number[], tsquery: string | null): Promise<SearchHit[]> {
  if (docs.length === 0) return [];
  const headline = (column: "title" | "summary") =>
    tsquery ? Prisma.sql`ts_headline('ch_english', ${Prisma.raw(column)}, ${tsquery}::tsquery, ${HEADLINE_OPTIONS})` : Prisma.sql`NULL`;
  const rows = await db.$queryRaw<HitRow[]>`
    SELECT doc_no, slug, title, title_lang, kind, summary, translations, countries, levels, themes,
           ${headline("title")} AS title_marked, ${headline("summary")} AS summary_marked
    FROM search_documents WHERE doc_no = ANY(${docs}::int[])`;
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
      },
    ];
  });
}

function shapeFacets(tally: FacetTally, query: SearchQuery): Record<Facet, FacetCount[]> {
  return perFacet((facet) => {
    const selected = new Set(query.filters[facet]);
    const counts = tally.counts[facet];
    return FACET_VOCABULARIES[facet]
      .map((t) => ({ value: t.value, label: labelOf(facet, t.value), count: counts.get(t.value) ?? 0, selected: selected.has(t.value) }))
      .filter((c) => c.count > 0 || c.selected)
      .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
  });
}

function pageInOrder(query: SearchQuery, index: FacetIndex, tally: FacetTally, matched: number[] | null) {
  const order = query.sort === "title" ? index.byTitle : index.newest;
  if (!matched) return orderedPage(order, tally.matchesAll, query);
  const inText = new Uint8Array(index.size);
  for (const doc of matched) if (doc < index.size) inText[doc] = 1;
  return orderedPage(order, (doc) => inText[doc] === 1 && tally.matchesAll(doc), query);
}

export async function searchDocuments(query: SearchQuery, context: SearchContext): Promise<SearchResult> {
  const match = await buildTextMatch(query.q);
  const hasText = match.units.length > 0;
  const relevance = hasText && query.sort === "relevance";
  const find = (loose: boolean) => scoredDocs(match, loose, context.generation);
  const [index, strict] = await Promise.all([facetIndex(context.generation), hasText ? find(false) : null]);
  let scored = strict;
  let tally = tallyFacets(index, query.filters, scored?.docs ?? null);
  // Never a dead end: when no entry has every word, those with most of them.
  const loose = hasText && tally.total === 0 && match.units.length > 1;
  if (loose) {
    scored = await find(true);
    tally = tallyFacets(index, query.filters, scored.docs);
  }
  const docs = relevance && scored ? rankedPage(query, index, tally, scored) : pageInOrder(query, index, tally, scored?.docs ?? null);
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
