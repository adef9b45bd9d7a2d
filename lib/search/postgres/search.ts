import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { FACETS, FACET_VOCABULARIES, labelOf, type Facet } from "@/lib/catalogue/vocabularies";
import { MARK_END, MARK_START, parseHighlight, plainSegments } from "../highlight";
import type { FacetCount, SearchHit, SearchQuery, SearchResult } from "../types";
import { buildTextMatch } from "./text-match";

type HitRow = {
  slug: string;
  title: string;
  title_lang: string | null;
  kind: string;
  summary: string;
  countries: string[];
  levels: string[];
  themes: string[];
  title_marked: string | null;
  summary_marked: string | null;
};

type FacetRow = { facet: Facet; value: string; count: number };

const HEADLINE_OPTIONS = `StartSel=${MARK_START}, StopSel=${MARK_END}, HighlightAll=true`;

/** SQL condition "this facet's selection holds" (true when nothing is selected). */
function facetCondition(facet: Facet, values: string[]): Prisma.Sql {
  if (values.length === 0) return Prisma.sql`true`;
  if (facet === "kind") return Prisma.sql`kind = ANY(${values}::text[])`;
  const column = Prisma.raw({ country: "countries", level: "levels", theme: "themes" }[facet]);
  return Prisma.sql`${column} && ${values}::text[]`;
}

function orderBy(query: SearchQuery, ranked: boolean): Prisma.Sql {
  if (query.sort === "title") return Prisma.sql`sort_title, slug`;
  if (query.sort === "relevance" && ranked) return Prisma.sql`rank DESC, published_at DESC, slug`;
  return Prisma.sql`published_at DESC, slug`;
}

async function findHits(query: SearchQuery, tsquery: Prisma.Sql | null): Promise<SearchHit[]> {
  const match = tsquery ? Prisma.sql`document @@ ${tsquery}` : Prisma.sql`true`;
  const filters = FACETS.map((f) => facetCondition(f, query.filters[f]));
  const rank = tsquery ? Prisma.sql`ts_rank(document, ${tsquery}, 1)` : Prisma.sql`0`;
  const ranked = tsquery !== null;
  const order = orderBy(query, ranked);
  const headline = (column: "title" | "summary") =>
    tsquery ? Prisma.sql`ts_headline('ch_english', ${Prisma.raw(column)}, ${tsquery}, ${HEADLINE_OPTIONS})` : Prisma.sql`NULL`;
  const rows = await db.$queryRaw<HitRow[]>`
    SELECT slug, title, title_lang, kind, summary, countries, levels, themes,
           ${headline("title")} AS title_marked, ${headline("summary")} AS summary_marked
    FROM (
      SELECT slug, title, title_lang, kind, summary, countries, levels, themes, published_at, sort_title,
             ${rank} AS rank
      FROM search_documents
      WHERE ${match} AND ${Prisma.join(filters, " AND ")}
      ORDER BY ${order}
      LIMIT ${query.pageSize} OFFSET ${(query.page - 1) * query.pageSize}
    ) page
    ORDER BY ${order}`;
  return rows.map((r) => ({
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
  }));
}

// Disjunctive facet counts in one scan: each facet is counted over the rows
// that satisfy every *other* facet's selection.
async function countFacets(query: SearchQuery, tsquery: Prisma.Sql | null): Promise<FacetRow[]> {
  const match = tsquery ? Prisma.sql`document @@ ${tsquery}` : Prisma.sql`true`;
  const f = query.filters;
  return db.$queryRaw<FacetRow[]>`
    WITH m AS MATERIALIZED (
      SELECT kind, countries, levels, themes, c_ok, l_ok, t_ok, k_ok
      FROM (
        SELECT kind, countries, levels, themes,
               ${facetCondition("country", f.country)} AS c_ok,
               ${facetCondition("level", f.level)} AS l_ok,
               ${facetCondition("theme", f.theme)} AS t_ok,
               ${facetCondition("kind", f.kind)} AS k_ok
        FROM search_documents WHERE ${match}
      ) s
      WHERE c_ok::int + l_ok::int + t_ok::int + k_ok::int >= 3
    )
    SELECT 'country' AS facet, v AS value, count(*)::int AS count
      FROM m, unnest(m.countries) v WHERE l_ok AND t_ok AND k_ok GROUP BY v
    UNION ALL
    SELECT 'level', v, count(*)::int FROM m, unnest(m.levels) v WHERE c_ok AND t_ok AND k_ok GROUP BY v
    UNION ALL
    SELECT 'theme', v, count(*)::int FROM m, unnest(m.themes) v WHERE c_ok AND l_ok AND k_ok GROUP BY v
    UNION ALL
    SELECT 'kind', kind, count(*)::int FROM m WHERE c_ok AND l_ok AND t_ok GROUP BY kind`;
}

function shapeFacets(rows: FacetRow[], query: SearchQuery): Record<Facet, FacetCount[]> {
  const countsOf = (facet: Facet): FacetCount[] => {
    const selected = new Set(query.filters[facet]);
    const counts = new Map(rows.filter((r) => r.facet === facet).map((r) => [r.value, r.count]));
    return FACET_VOCABULARIES[facet]
      .map((t) => ({ value: t.value, label: labelOf(facet, t.value), count: counts.get(t.value) ?? 0, selected: selected.has(t.value) }))
      .filter((c) => c.count > 0 || c.selected)
      .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
  };
  return { country: countsOf("country"), level: countsOf("level"), theme: countsOf("theme"), kind: countsOf("kind") };
}

/** Every entry has exactly one kind, so the kind counts add up to the total. */
function totalFrom(facets: Record<Facet, FacetCount[]>, query: SearchQuery): number {
  const kinds = facets.kind.filter((k) => query.filters.kind.length === 0 || k.selected);
  return kinds.reduce((sum, k) => sum + k.count, 0);
}

export async function searchDocuments(query: SearchQuery): Promise<SearchResult> {
  const { tsquery, corrections } = await buildTextMatch(query.q);
  const [hits, facetRows] = await Promise.all([findHits(query, tsquery), countFacets(query, tsquery)]);
  const facets = shapeFacets(facetRows, query);
  return { total: totalFrom(facets, query), page: query.page, pageSize: query.pageSize, hits, facets, corrections };
}
