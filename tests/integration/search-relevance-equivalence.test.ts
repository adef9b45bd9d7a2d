import { beforeAll, describe, expect, it } from "vitest";
import { loadEntries } from "../../lib/catalogue/load";
import { generateSyntheticEntries, SYNTHETIC_ORIGIN } from "../../lib/catalogue/synthetic";
import { db } from "../../lib/db";
import { Prisma } from "../../lib/generated/prisma/client";
import { searchCatalogue } from "../../lib/search";
import { parseSearchParams } from "../../lib/search/query";
import { readSelection, selectionSql } from "../../lib/search/sql/selection";
import { buildTextMatch, relevanceTier, textRank } from "../../lib/search/sql/text-match";
import { facetIndexBuilds } from "../../lib/search/postgres/facet-index";
import { indexDocuments } from "../../lib/search/postgres/indexer";
import { unitScoreReads } from "../../lib/search/postgres/unit-scores";

// The search page ranks from each word's matches kept per generation
// (postgres/unit-scores.ts); exports still rank in one SQL statement
// (sql/text-match.ts: relevanceOrder). Both must give the same order, for
// one word and many, strict and loose, with facets named by the words.

const QUERIES = [
  "stem", "education", "robotics", "girls coding", "teacher training", "mint", "earthqake", "Schülerlabor",
  "ingénierie", "primary mathematics", "climate lab", "robotics Romania", "coding girls primary", "maker space",
  "zzqx robotics", "astronomy", "școală", "stem education teachers", "digital skills Italy", "Valnalon",
  // Concepts with phrases among their names ("natural sciences"): their words are read apart.
  "science", "secondary", "science robotics",
];
const FILTERS = ["", "&country=RO", "&level=primary", "&kind=resource&theme=digital-skills"];

type Ranked = { slug: string; tier: number; rank: number };

async function sqlOrder(q: string, filters: string): Promise<Ranked[]> {
  const { query } = parseSearchParams(new URLSearchParams(`q=${encodeURIComponent(q)}${filters}`));
  const selection = await selectionSql({ q: query.q, filters: query.filters });
  const match = await buildTextMatch(query.q);
  const loose = selection.loose;
  return readSelection<Ranked>(
    selection,
    Prisma.sql`
      SELECT slug, ${relevanceTier(match, loose)} AS tier, ${textRank(match)} AS rank
      FROM search_documents WHERE ${selection.where} ORDER BY ${selection.relevance ?? Prisma.sql`slug`}`,
  );
}

async function engineOrder(q: string, filters: string): Promise<string[]> {
  const slugs: string[] = [];
  for (let page = 1; page <= 500; page++) {
    const { query } = parseSearchParams(new URLSearchParams(`q=${encodeURIComponent(q)}${filters}&page=${page}&pageSize=100`));
    const result = await searchCatalogue(query);
    slugs.push(...result.hits.map((h) => h.slug));
    if (slugs.length >= result.total || result.hits.length === 0) break;
  }
  return slugs;
}

describe("relevance from kept word matches equals relevance in SQL", () => {
  beforeAll(async () => {
    await loadEntries(generateSyntheticEntries(1500, { startIndex: 0 }), SYNTHETIC_ORIGIN);
  }, 120_000);

  async function compareEveryQuery(filters: string): Promise<void> {
    let compared = 0;
    for (const q of QUERIES) {
      const expected = await sqlOrder(q, filters);
      const found = await engineOrder(q, filters);
      expect([...found].sort(), `q=${q}${filters}`).toEqual(expected.map((r) => r.slug).sort());
      const bySlug = new Map(expected.map((r) => [r.slug, r]));
      for (let i = 1; i < found.length; i++) {
        const a = bySlug.get(found[i - 1]!)!;
        const b = bySlug.get(found[i]!)!;
        // Many-word ranks are summed in another order than PostgreSQL's, so
        // they may differ in their last bits (float4).
        const ordered = a.tier > b.tier || (a.tier === b.tier && a.rank >= b.rank - 1e-6 * Math.abs(b.rank));
        expect(ordered, `q=${q}${filters}: ${a.slug} (${a.tier}, ${a.rank}) before ${b.slug} (${b.tier}, ${b.rank})`).toBe(true);
      }
      compared += found.length;
    }
    expect(compared).toBeGreaterThan(100);
  }

  for (const filters of FILTERS) {
    it(`orders every page as SQL does${filters ? ` with ${filters.slice(1)}` : ""}`, () => compareEveryQuery(filters), 120_000);
  }

  // Everything above is now kept: the words' scores, their orders, the facet
  // index. A few changes later, what is carried over must still order as SQL does.
  it("orders every page as SQL does after a few entries change, from what was kept", async () => {
    const reads = unitScoreReads();
    const builds = facetIndexBuilds();
    const ids = await db.$queryRaw<{ id: string }[]>`
      SELECT id FROM entries WHERE origin = ${SYNTHETIC_ORIGIN} AND archived_at IS NULL ORDER BY slug LIMIT 5`;
    for (const [i, { id }] of ids.slice(0, 3).entries()) {
      const [row] = await db.$queryRaw<{ id: string }[]>`
        UPDATE entries SET title = ${`STEM robotics for teachers, number ${i}`}, countries = '{RO}', published_at = now() WHERE id = ${id}::uuid RETURNING id`;
      await indexDocuments([row!.id]);
    }
    await db.$executeRaw`DELETE FROM entries WHERE id = ANY(${ids.slice(3).map((r) => r.id)}::uuid[])`;
    await loadEntries(generateSyntheticEntries(2, { startIndex: 1500 }), SYNTHETIC_ORIGIN);
    for (const filters of ["", "&country=RO"]) await compareEveryQuery(filters);
    expect(unitScoreReads().carried).toBeGreaterThan(reads.carried);
    expect(facetIndexBuilds().patched).toBeGreaterThan(builds.patched);
  }, 120_000);
});
