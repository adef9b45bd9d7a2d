import type { MultiSearchResponse, MultiSearchResult, RecordAny } from "meilisearch";
import { z } from "zod";
import { FACET_VOCABULARIES, labelOf, perFacet, type Facet } from "@/lib/catalogue/vocabularies";
import { parseHighlight, plainSegments } from "../highlight";
import type { FacetCount, SearchHit, SearchQuery, SearchResult } from "../types";
import { FACET_ATTRIBUTES } from "./filters";
import type { SearchPlan } from "./request";

// Meilisearch's answer to a SearchPlan → the engine-neutral SearchResult. Hits
// are validated, not trusted: the index may hold documents of an older shape.

const hitSchema = z.object({
  slug: z.string(),
  title: z.string(),
  titleLang: z.string().nullish(),
  kind: z.string(),
  summary: z.string(),
  countries: z.array(z.string()).nullish(),
  levels: z.array(z.string()).nullish(),
  themes: z.array(z.string()).nullish(),
  _formatted: z.object({ title: z.unknown(), summary: z.unknown() }).partial().nullish(),
});

export class MeiliResponseError extends Error {
  override name = "MeiliResponseError";
}

/** Marked text (control-character markers) → segments, like the PostgreSQL engine's. */
function segments(formatted: unknown, plain: string) {
  return typeof formatted === "string" ? parseHighlight(formatted) : plainSegments(plain);
}

export function mapHit(raw: RecordAny): SearchHit {
  const parsed = hitSchema.safeParse(raw);
  if (!parsed.success) throw new MeiliResponseError(`Unexpected document in the Meilisearch index: ${parsed.error.message}`);
  const h = parsed.data;
  return {
    slug: h.slug,
    title: h.title,
    titleLang: h.titleLang ?? null,
    kind: h.kind,
    summary: h.summary,
    countries: h.countries ?? [],
    levels: h.levels ?? [],
    themes: h.themes ?? [],
    highlights: { title: segments(h._formatted?.title, h.title), summary: segments(h._formatted?.summary, h.summary) },
  };
}

/** Vocabulary order, values with matches or selected, most frequent first (as the PostgreSQL engine). */
export function facetCounts(facet: Facet, distribution: Record<string, number> | undefined, selected: string[]): FacetCount[] {
  const chosen = new Set(selected);
  return FACET_VOCABULARIES[facet]
    .map((t) => ({ value: t.value, label: labelOf(facet, t.value), count: distribution?.[t.value] ?? 0, selected: chosen.has(t.value) }))
    .filter((c) => c.count > 0 || c.selected)
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
}

function sum(distribution: Record<string, number> | undefined): number {
  return Object.values(distribution ?? {}).reduce((total, n) => total + n, 0);
}

/**
 * totalHits (exhaustive, asked for with page/hitsPerPage) stops at the index's
 * maxTotalHits; estimatedTotalHits only appears with offset/limit paging. The
 * kind counts are exact at any size, so the larger figure is the true total.
 */
export function totalOf(result: MultiSearchResult<RecordAny>): number {
  const reported = result.totalHits ?? result.estimatedTotalHits ?? 0;
  return Math.max(reported, sum(result.facetDistribution?.[FACET_ATTRIBUTES.kind]));
}

export function mapSearchResponse(response: MultiSearchResponse<RecordAny>, plan: SearchPlan, query: SearchQuery): SearchResult {
  const [main, ...facetResults] = response.results;
  if (!main || facetResults.length !== plan.countedFacets.length) {
    throw new MeiliResponseError(
      `Meilisearch answered ${response.results.length} queries, ${plan.countedFacets.length + 1} were sent`,
    );
  }
  const distributionFor = (facet: Facet): Record<string, number> | undefined => {
    const at = plan.countedFacets.indexOf(facet);
    const source = at === -1 ? main : facetResults[at];
    return source?.facetDistribution?.[FACET_ATTRIBUTES[facet]];
  };
  return {
    total: totalOf(main),
    page: query.page,
    pageSize: query.pageSize,
    hits: main.hits.map(mapHit),
    facets: perFacet((facet) => facetCounts(facet, distributionFor(facet), query.filters[facet])),
    // Meilisearch corrects typos inside its ranking and does not say which.
    corrections: [],
    understood: [],
    partial: false,
  };
}
