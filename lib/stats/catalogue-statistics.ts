import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { COUNTRIES, FACET_VOCABULARIES, FACETS, LEVELS, perFacet, type Facet } from "@/lib/catalogue/vocabularies";
import { freshnessSql } from "@/lib/search/sql/facet-conditions";
import { readSelection, selectionSql } from "@/lib/search/sql/selection";
import { freshnessLines } from "@/lib/verification/freshness";
import { cachedStatistics } from "./statistics-cache";
import type { CatalogueStatistics, StatisticsSelection, YearCount } from "./types";

// Figures of the public catalogue, counted in PostgreSQL: search_documents
// holds exactly the published, non-archived entries, and the selection is
// applied with the search's own conditions. One query, whatever the size of
// the catalogue: the entries are grouped where they are, never loaded.

type Row = { dimension: "total" | Facet | "year" | "matrix"; a: string | null; b: string | null; n: number };

function statisticsQuery(where: Prisma.Sql, now: Date) {
  // DISTINCT per entry: a value listed twice in an entry still counts it once, as in search.
  return Prisma.sql`
    WITH selected AS MATERIALIZED (
      SELECT entry_id, kind, countries, levels, themes, evidence, ${freshnessSql(freshnessLines(now))} AS freshness FROM search_documents
      WHERE ${where}
    )
    SELECT 'total' AS dimension, NULL AS a, NULL AS b, count(*)::int AS n FROM selected
    UNION ALL SELECT 'kind', kind, NULL, count(*)::int FROM selected GROUP BY kind
    UNION ALL SELECT 'evidence', evidence, NULL, count(*)::int FROM selected GROUP BY evidence
    UNION ALL SELECT 'freshness', freshness, NULL, count(*)::int FROM selected GROUP BY freshness
    UNION ALL SELECT 'country', c.v, NULL, count(*)::int FROM selected, LATERAL (SELECT DISTINCT unnest(countries)) c(v) GROUP BY c.v
    UNION ALL SELECT 'level', l.v, NULL, count(*)::int FROM selected, LATERAL (SELECT DISTINCT unnest(levels)) l(v) GROUP BY l.v
    UNION ALL SELECT 'theme', t.v, NULL, count(*)::int FROM selected, LATERAL (SELECT DISTINCT unnest(themes)) t(v) GROUP BY t.v
    UNION ALL SELECT 'year', e.year_start::text, NULL, count(*)::int FROM selected s JOIN entries e ON e.id = s.entry_id GROUP BY e.year_start
    UNION ALL SELECT 'matrix', c.v, l.v, count(*)::int
      FROM selected, LATERAL (SELECT DISTINCT unnest(countries)) c(v), LATERAL (SELECT DISTINCT unnest(levels)) l(v)
      GROUP BY c.v, l.v`;
}

async function readRows(selection: StatisticsSelection, now: Date): Promise<Row[]> {
  const sql = await selectionSql(selection, { now });
  return readSelection<Row>(sql, statisticsQuery(sql.where, now));
}

function yearsFrom(counts: Map<number, number>): YearCount[] {
  if (counts.size === 0) return [];
  const years = [...counts.keys()];
  const first = Math.min(...years);
  const last = Math.max(...years);
  return Array.from({ length: last - first + 1 }, (_, i) => ({ year: first + i, count: counts.get(first + i) ?? 0 }));
}

/** The catalogue's figures for a selection; zeros, never errors, when it matches nothing. Freshness is judged at `now`. */
export function catalogueStatistics(selection: StatisticsSelection, now: Date = new Date()): Promise<CatalogueStatistics> {
  return cachedStatistics(selection, now, countStatistics);
}

/** The counts of one facet over the selection without that facet's own filter, as the search counts its facets. */
async function countOwnFacet(selection: StatisticsSelection, facet: Facet, now: Date): Promise<{ total: number; counts: Map<string, number> }> {
  const rows = await readRows({ ...selection, filters: { ...selection.filters, [facet]: [] } }, now);
  const counts = new Map<string, number>();
  let total = 0;
  for (const { dimension, a, n } of rows) {
    if (dimension === "total") total = n;
    else if (dimension === facet && a !== null) counts.set(a, n);
  }
  return { total, counts };
}

async function countStatistics(selection: StatisticsSelection, now: Date): Promise<CatalogueStatistics> {
  const filtered = FACETS.filter((facet) => selection.filters[facet].length > 0);
  const [rows, ...widened] = await Promise.all([readRows(selection, now), ...filtered.map((facet) => countOwnFacet(selection, facet, now))]);
  const facetCounts = perFacet(() => new Map<string, number>());
  const years = new Map<number, number>();
  const cells = new Map<string, number>();
  let total = 0;
  let withoutStartYear = 0;
  for (const { dimension, a, b, n } of rows) {
    if (dimension === "total") total = n;
    else if (dimension === "year") {
      if (a === null) withoutStartYear = n;
      else years.set(Number(a), n);
    } else if (dimension === "matrix") cells.set(`${a}|${b}`, n);
    else if (a !== null) facetCounts[dimension].set(a, n);
  }
  // The selection's own countries, before the country facet is widened below.
  const matrix = matrixCountries(selection, new Map(facetCounts.country));
  const facetTotals = perFacet(() => total);
  filtered.forEach((facet, i) => {
    const own = widened[i];
    if (!own) return;
    facetCounts[facet] = own.counts;
    facetTotals[facet] = own.total;
  });
  const countryByLevel = Object.fromEntries(
    COUNTRIES.map((c) => [c.value, Object.fromEntries(LEVELS.map((l) => [l.value, cells.get(`${c.value}|${l.value}`) ?? 0]))]),
  );
  return {
    total,
    byFacet: perFacet((facet) => FACET_VOCABULARIES[facet].map((t) => ({ value: t.value, label: t.label, count: facetCounts[facet].get(t.value) ?? 0 }))),
    facetTotals,
    byStartYear: yearsFrom(years),
    withoutStartYear,
    countryByLevel,
    matrixCountries: matrix,
  };
}

/**
 * The matrix's rows: every country for the whole catalogue or a selection
 * without countries; with countries selected, those countries, and apart from
 * them the partner countries their entries also name (a multi-country programme).
 */
function matrixCountries(selection: StatisticsSelection, countryCounts: Map<string, number>): CatalogueStatistics["matrixCountries"] {
  const chosen = new Set(selection.filters.country);
  if (chosen.size === 0) return { selected: COUNTRIES.map((c) => c.value), partners: [] };
  return {
    selected: COUNTRIES.filter((c) => chosen.has(c.value)).map((c) => c.value),
    partners: COUNTRIES.filter((c) => !chosen.has(c.value) && (countryCounts.get(c.value) ?? 0) > 0).map((c) => c.value),
  };
}
