import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { analyseQuery, type QueryAnalysis, type QueryUnit } from "../understanding/analyse";
import { STEMMED_LANGUAGE_CONFIGS } from "./stemming";
import { unitFacetCondition } from "./facet-conditions";

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
  /** Matches the unit in the title (weight A). */
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
  const rows = await db.$queryRaw<{ word: string | null; term: string }[]>`
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
    SELECT NULL, term FROM search_terms WHERE term = ANY(${alternativeWords}::text[])`;
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
  const simple = [...asTyped, ...alternatives.map((a) => phrase(a, false)), ...fixes].map((p) => `(${p})`).join(" | ");
  const english = [phrase(typedWords, false), ...alternatives.map((a) => phrase(a, false)), ...fixes].map((p) => `(${p})`).join(" | ");
  return { simple, english, stemmed: phrase(typedWords, false) };
}

/** Restricts every operand of a tsquery text to the title (weight A). */
function titleOnly(tsquery: string): string {
  return tsquery.replace(/'((?:[^']|'')*)'(:\*)?/g, (_m, lexeme: string, star?: string) => `'${lexeme}':${star ? "*" : ""}A`);
}

export async function buildTextMatch(text: string): Promise<TextMatch> {
  const analysis = analyseQuery(text);
  if (analysis.units.length === 0) return EMPTY;
  const lookup = await lookUpTerms(analysis.units);
  const parts = analysis.units.map((unit) => unitTexts(unit, lookup));
  // Words hold only letters and digits (analyse.ts), so they cannot inject
  // tsquery syntax; they are bound parameters all the same.
  const rows = await db.$queryRaw<{ i: number; q: string }[]>`
    SELECT p.i, q.q
    FROM jsonb_to_recordset(${JSON.stringify(parts.map((p, i) => ({ i, ...p })))}::jsonb) AS p(i int, simple text, english text, stemmed text)
    CROSS JOIN LATERAL (
      SELECT to_tsquery('ch_simple', p.simple)::text AS q
      UNION SELECT to_tsquery('ch_english', p.english)::text
      UNION SELECT to_tsquery(c::regconfig, p.stemmed)::text FROM unnest(${STEMMED_LANGUAGE_CONFIGS}::text[]) AS c
    ) q
    WHERE q.q <> ''`;
  // Many stemmers agree ("robotics" → robot): each distinct query once.
  const byIndex = new Map<number, string[]>();
  for (const { i, q } of rows) byIndex.set(i, [...(byIndex.get(i) ?? []), `(${q})`]);
  const units = analysis.units.flatMap((unit, i) => {
    const queries = byIndex.get(i);
    if (!queries) return [];
    const anywhere = queries.join(" | ");
    return [{ unit, anywhere, inTitle: titleOnly(anywhere) }];
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
 * SQL ORDER BY terms for relevance: loosely, entries matching more units
 * (earlier ones first) lead; then entries with a facet value the query names;
 * then those whose title has more of the units (a prefix of a title word wins
 * over a shorter whole word elsewhere); then ts_rank, recency and slug.
 */
export function relevanceOrder(match: TextMatch, loose: boolean): Prisma.Sql {
  const terms: Prisma.Sql[] = [];
  const n = match.units.length;
  if (loose && n > 1) {
    terms.push(Prisma.sql`(${Prisma.join(match.units.map((u) => asInt(unitCondition(u))), " + ")}) DESC`);
    terms.push(Prisma.sql`(${Prisma.join(match.units.map((u, i) => Prisma.sql`${asInt(unitCondition(u))} * ${2 ** (n - 1 - i)}`), " + ")}) DESC`);
  }
  const facets = match.units.flatMap((u) => {
    const condition = unitFacetCondition(u.unit.facets);
    return condition ? [asInt(condition)] : [];
  });
  if (facets.length > 0) terms.push(Prisma.sql`(${Prisma.join(facets, " + ")}) DESC`);
  terms.push(Prisma.sql`(${Prisma.join(match.units.map((u) => asInt(Prisma.sql`head @@ ${u.inTitle}::tsquery`)), " + ")}) DESC`);
  terms.push(Prisma.sql`ts_rank(head, ${rankQuery(match)}::tsquery, 1) DESC`);
  return Prisma.join([...terms, Prisma.sql`published_at DESC`, Prisma.sql`slug`], ", ");
}

/** Every unit's tsquery OR-ed: for ranking and highlighting. */
export function rankQuery(match: TextMatch): string {
  return match.units.map((u) => `(${u.anywhere})`).join(" | ");
}
