import type { MultiSearchResponse, MultiSearchResult, RecordAny } from "meilisearch";
import { z } from "zod";
import { storedTitles } from "@/lib/catalogue/translations";
import { perFacet, type Facet } from "@/lib/catalogue/vocabularies";
import { toEntryEvidence } from "@/lib/evidence/levels";
import { FRESHNESS_STATES } from "@/lib/verification/freshness";
import { shapeFacetCounts } from "../facet-counts";
import { parseHighlight, plainSegments } from "../highlight";
import type { FacetCount, SearchHit, SearchQuery, SearchResult } from "../types";
import { kindTotal } from "./boost";
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
  // Documents indexed before translations existed have none.
  translations: z.unknown().optional(),
  // Nor those indexed before evidence levels an evidenceLevel.
  evidenceLevel: z
    .object({ level: z.string(), justification: z.string(), evidenceUrl: z.string().nullable(), assessedAt: z.number() })
    .nullish(),
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
    translations: storedTitles(h.translations),
    evidence: h.evidenceLevel ? toEntryEvidence({ ...h.evidenceLevel, assessedAt: new Date(h.evidenceLevel.assessedAt) }) : null,
  };
}

/** Values with matches or selected, in the order the PostgreSQL engine gives them (facet-counts.ts). */
export function facetCounts(facet: Facet, distribution: Record<string, number> | undefined, selected: string[]): FacetCount[] {
  return shapeFacetCounts(facet, { get: (value) => distribution?.[value] }, selected);
}

/**
 * totalHits (exhaustive, asked for with page/hitsPerPage) stops at the index's
 * maxTotalHits; estimatedTotalHits only appears with offset/limit paging. The
 * kind counts are exact at any size, so the larger figure is the true total.
 */
export function totalOf(result: MultiSearchResult<RecordAny>): number {
  const reported = result.totalHits ?? result.estimatedTotalHits ?? 0;
  return Math.max(reported, kindTotal(result));
}

/** The main query's result, the facet count queries' and the boosted query's, checked against the plan. */
export function splitResponse(response: MultiSearchResponse<RecordAny>, plan: SearchPlan) {
  const sent = plan.params.queries.length;
  const [main, ...others] = response.results;
  if (!main || response.results.length !== sent) {
    throw new MeiliResponseError(`Meilisearch answered ${response.results.length} queries, ${sent} were sent`);
  }
  return {
    main,
    facetResults: others.slice(0, plan.countedFacets.length),
    freshnessResults: others.slice(plan.freshnessAt - 1, plan.freshnessAt - 1 + FRESHNESS_STATES.length),
    boosted: plan.boost ? others[plan.boost.at - 1] : undefined,
  };
}

/**
 * The engine-neutral result; `hits` replaces the main query's page when the
 * boost put one together (boost.ts). Corrections stay empty: Meilisearch
 * corrects typos inside its ranking and does not say which.
 */
export function mapSearchResponse(
  response: MultiSearchResponse<RecordAny>,
  plan: SearchPlan,
  query: SearchQuery,
  extra: Pick<SearchResult, "understood" | "partial"> & { hits?: RecordAny[] } = { understood: [], partial: false },
): SearchResult {
  const { main, facetResults, freshnessResults } = splitResponse(response, plan);
  const distributionFor = (facet: Facet): Record<string, number> | undefined => {
    if (facet === "freshness") {
      return Object.fromEntries(FRESHNESS_STATES.map((state, i) => [state, freshnessResults[i] ? kindTotal(freshnessResults[i]) : 0]));
    }
    const at = plan.countedFacets.findIndex((f) => f === facet);
    const source = at === -1 ? main : facetResults[at];
    return source?.facetDistribution?.[FACET_ATTRIBUTES[facet]];
  };
  return {
    total: totalOf(main),
    page: query.page,
    pageSize: query.pageSize,
    hits: (extra.hits ?? main.hits).map(mapHit),
    facets: perFacet((facet) => facetCounts(facet, distributionFor(facet), query.filters[facet])),
    corrections: [],
    understood: extra.understood,
    partial: extra.partial,
  };
}
