import "server-only";
import { sqlRows } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { isEnglishForm } from "@/lib/thesaurus";
import { analyseQuery, type QueryAnalysis, type QueryUnit } from "../understanding/analyse";
import { STEMMED_LANGUAGE_CONFIGS } from "./stemming";
import { unitFacetCondition } from "./facet-conditions";
import { orOfWords } from "../unit-scores";

// Turns the query's units (understanding/analyse.ts) into tsqueries, one per
// unit. A unit matches the words as typed, as prefixes, in their script and
// in Latin letters; their English stem and their stems in every language the
// index stems (so "Lehrerfortbildungen" finds a German entry's
// "Lehrerfortbildung"); the unit's translations and other names that occur in
// the catalogue; and, for a word the catalogue does not know, the closest
// catalogue words (typo tolerance).
// The tsqueries are built once, in one round trip, and then passed to every
// statement as constants, so no row ever re-parses them.

export type UnitMatch = {
  unit: QueryUnit;
  /** Matches the unit anywhere (tsquery text). */
  anywhere: string;
  /** The part of it that ranks: the words as typed, translations, English stems. */
  ranking: string;
  /** The ranking part, in the title only (weight A). */
  inTitle: string;
};

export type TextMatch = {
  analysis: QueryAnalysis;
  units: UnitMatch[];
  corrections: { from: string; to: string[] }[];
};

const EMPTY: TextMatch = { analysis: { units: [], understood: [] }, units: [], corrections: [] };

/** Single-word units the catalogue may hold a misspelling of. */
function correctable(unit: QueryUnit): boolean {
  return !unit.folded.includes(" ") && unit.folded.length >= 4 && unit.alternatives.length === 0 && !/^\d+$/.test(unit.folded);
}

type Lookup = { corrections: Map<string, string[]>; known: Set<string> };

/** Closest catalogue words for unknown words, and which alternative words the catalogue holds. */
async function lookUpTerms(units: QueryUnit[]): Promise<Lookup> {
  const candidates = units.filter(correctable).map((u) => u.folded);
  const alternativeWords = [...new Set(units.flatMap((u) => u.alternatives.flatMap((a) => a.split(" "))))];
  const rows = await sqlRows<{ word: string | null; term: string }>(Prisma.sql`
    SELECT q.word, t.term
    FROM unnest(${candidates}::text[]) AS q(word)
    CROSS JOIN LATERAL (
      SELECT s.term FROM search_terms s
      WHERE s.term % q.word
      ORDER BY similarity(s.term, q.word) DESC, s.term
      LIMIT 3
    ) t
    WHERE NOT EXISTS (SELECT 1 FROM search_terms k WHERE k.term LIKE q.word || '%')
    UNION ALL
    SELECT NULL, term FROM search_terms WHERE term = ANY(${alternativeWords}::text[])`, { prepared: true });
  const corrections = new Map<string, string[]>();
  const known = new Set<string>();
  for (const { word, term } of rows) {
    if (word === null) known.add(term);
    else corrections.set(word, [...(corrections.get(word) ?? []), term]);
  }
  return { corrections, known };
}

// The words of a phrase must all occur, not side by side: the parser splits a
// hyphenated compound into more positions than the words ("North
// Rhine-Westphalia" puts "rhine-westphalia" between "north" and "rhine").
const phrase = (words: string, prefix: boolean) =>
  words
    .split(" ")
    .map((w) => (prefix && w.length >= 2 ? `${w}:*` : w))
    .join(" & ");

/** The texts of one unit's tsquery parts, for to_tsquery in each configuration. */
function unitTexts(unit: QueryUnit, lookup: Lookup) {
  const alternatives = unit.alternatives.filter((a) => a.split(" ").every((w) => lookup.known.has(w)));
  const fixes = lookup.corrections.get(unit.folded) ?? [];
  const typedWords = unit.typed.split(" ").map((w) => w.replace(/[^\p{L}\p{M}\p{N}]/gu, "")).join(" ");
  const asTyped = [phrase(typedWords, true), ...(unit.folded !== typedWords ? [phrase(unit.folded, true)] : [])];
  const englishAlternatives = alternatives.filter(isEnglishForm);
  const simple = [...asTyped, ...alternatives.map((a) => phrase(a, false)), ...fixes].map((p) => `(${p})`).join(" | ");
  // What ranks: the words as typed, English translations and corrections.
  const ranked = [...asTyped, ...englishAlternatives.map((a) => phrase(a, false)), ...fixes].map((p) => `(${p})`).join(" | ");
  // Only the typed words and corrections get English stems. Translations are
  // listed with their inflections and match as written: stemmed, "educators"
  // would become "educ" and match every entry about education, and
  // "programmation" would become "programm" and match every programme.
  const english = [phrase(typedWords, false), ...fixes].map((p) => `(${p})`).join(" | ");
  return { simple, ranked, english, stemmed: phrase(typedWords, false) };
}

/**
 * The OR-ed operands of a tsquery text, so that each is checked once per
 * document however many configurations produced it: PostgreSQL rechecks the
 * query against every matching document, and each operand is a lookup there.
 * A text with parentheses is kept whole.
 */
function operands(tsquery: string): string[] {
  return tsquery.includes("(") ? [`(${tsquery})`] : tsquery.split(" | ");
}

/** Restricts every operand of a tsquery text to the title (weight A). */
export function titleOnly(tsquery: string): string {
  return tsquery.replace(/'((?:[^']|'')*)'(:\*)?/g, (_m, lexeme: string, star?: string) => `'${lexeme}':${star ? "*" : ""}A`);
}

export async function buildTextMatch(text: string): Promise<TextMatch> {
  const analysis = analyseQuery(text);
  if (analysis.units.length === 0) return EMPTY;
  const lookup = await lookUpTerms(analysis.units);
  const parts = analysis.units.map((unit) => unitTexts(unit, lookup));
  // Words hold only letters and digits (analyse.ts), so they cannot inject
  // tsquery syntax; they are bound parameters all the same.
  const rows = await sqlRows<{ i: number; q: string; ranks: boolean }>(Prisma.sql`
    SELECT p.i, q.q, q.ranks
    FROM jsonb_to_recordset(${JSON.stringify(parts.map((p, i) => ({ i, ...p })))}::jsonb) AS p(i int, simple text, ranked text, english text, stemmed text)
    CROSS JOIN LATERAL (
      SELECT to_tsquery('ch_simple', p.simple)::text AS q, false AS ranks
      UNION ALL SELECT to_tsquery('ch_simple', p.ranked)::text, true
      UNION ALL SELECT to_tsquery('ch_english', p.english)::text, true
      UNION ALL SELECT to_tsquery(c::regconfig, p.stemmed)::text, false FROM unnest(${STEMMED_LANGUAGE_CONFIGS}::text[]) AS c
    ) q
    WHERE q.q <> ''`, { prepared: true });
  // Many stemmers agree ("robotics" → robot): each distinct query once. Only
  // the words as typed, their English translations and English stems rank:
  // ts_rank costs as many lookups per document as the query has words, and
  // the catalogue is written in English; the other languages' words and
  // stems only widen the match.
  const queries = new Map<number, { anywhere: Set<string>; ranking: Set<string> }>();
  for (const { i, q, ranks } of rows) {
    const unit = queries.get(i) ?? { anywhere: new Set<string>(), ranking: new Set<string>() };
    // The ranking words are among the matching ones (simple holds them all).
    for (const operand of operands(q)) (ranks ? unit.ranking : unit.anywhere).add(operand);
    queries.set(i, unit);
  }
  const units = analysis.units.flatMap((unit, i) => {
    const found = queries.get(i);
    if (!found) return [];
    for (const operand of found.ranking) found.anywhere.add(operand);
    const ranking = [...(found.ranking.size > 0 ? found.ranking : found.anywhere)].join(" | ");
    return [{ unit, anywhere: [...found.anywhere].join(" | "), ranking, inTitle: titleOnly(ranking) }];
  });
  // Words read as a concept through a close word are corrections too, so the page says so.
  const closeWords = analysis.units.flatMap((u) => (u.closeTo ? [{ from: u.typed, to: [...u.closeTo] }] : []));
  return { analysis, units, corrections: [...closeWords, ...[...lookup.corrections].map(([from, to]) => ({ from, to }))] };
}

/** SQL: does a search document match this unit (its words, or a facet value it names)? */
export function unitCondition(match: UnitMatch): Prisma.Sql {
  const text = Prisma.sql`document @@ ${match.anywhere}::tsquery`;
  const facet = unitFacetCondition(match.unit.facets);
  return facet ? Prisma.sql`(${text} OR ${facet})` : text;
}

/**
 * SQL: the documents a text match finds. Strictly, every required unit must
 * match (optional ones only rank), or any unit when all are optional; loosely
 * (when nothing matches strictly), any unit.
 */
export function matchCondition(match: TextMatch, loose: boolean): Prisma.Sql {
  const required = match.units.filter((u) => !u.unit.optional);
  const strict = !loose && required.length > 0;
  const conditions = (strict ? required : match.units).map(unitCondition);
  if (conditions.length === 0) return Prisma.sql`false`;
  return Prisma.sql`(${Prisma.join(conditions, strict ? " AND " : " OR ")})`;
}

const asInt = (condition: Prisma.Sql) => Prisma.sql`(${condition})::int`;

/**
 * SQL: a document's relevance tier, one integer whose order is, in turn:
 * loosely, how many units it matches and which (earlier ones first); how many
 * facet values the words name it has; how many units its title matches (a
 * prefix of a title word wins over a shorter whole word elsewhere). At most
 * eight units, so each part fits its bits.
 */
export function relevanceTier(match: TextMatch, loose: boolean): Prisma.Sql {
  const n = match.units.length;
  const sum = (parts: Prisma.Sql[]) => (parts.length > 0 ? Prisma.sql`(${Prisma.join(parts, " + ")})` : Prisma.sql`0`);
  // Each unit matched adds 256 (the count) and its bit (which): one test of the
  // unit per document gives count * 256 + bits.
  const matched = loose && n > 1 ? match.units.map((u, i) => Prisma.sql`${asInt(unitCondition(u))} * ${256 + 2 ** (n - 1 - i)}`) : [];
  const facets = match.units.flatMap((u) => {
    const condition = unitFacetCondition(u.unit.facets);
    return condition ? [asInt(condition)] : [];
  });
  const title = match.units.map((u) => asInt(Prisma.sql`head @@ ${u.inTitle}::tsquery`));
  return Prisma.sql`((${sum(matched)} * 16 + ${sum(facets)}) * 16 + ${sum(title)})`;
}

/**
 * SQL: the relevance rank of a document's title and summary for the words:
 * ts_rank of the one unit's ranking words; of several, the mean of their
 * distinct words' ranks, each unit's words counted apart. The search engine
 * computes the same from each unit's kept scores (unit-scores.ts).
 */
export function textRank(match: TextMatch): Prisma.Sql {
  const parts = match.units.map((u) => orOfWords(u.ranking));
  if (parts.length === 1) return Prisma.sql`ts_rank(head, ${parts[0]!.query}::tsquery, 1)`;
  const total = parts.reduce((sum, p) => sum + p.items, 0) || 1;
  const shares = parts.map((p) => Prisma.sql`ts_rank(head, ${p.query}::tsquery, 1) * ${p.items}`);
  return Prisma.sql`((${Prisma.join(shares, " + ")}) / ${total})::real`;
}

/** SQL ORDER BY terms for relevance: the tier, ts_rank, then recency and slug. */
export function relevanceOrder(match: TextMatch, loose: boolean): Prisma.Sql {
  return Prisma.sql`${relevanceTier(match, loose)} DESC, ${textRank(match)} DESC, published_at DESC, slug`;
}

/** Every unit's ranking tsquery OR-ed: for ranking and highlighting. */
export function rankQuery(match: TextMatch): string {
  return match.units.map((u) => `(${u.ranking})`).join(" | ");
}
