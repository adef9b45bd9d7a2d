import { FACETS } from "@/lib/catalogue/vocabularies";
import { highlightToHtml } from "./highlight";
import type { SearchResult } from "./types";

/** The public JSON shape of a search result (GET /api/v1/search). */
export function toApiSearchResult(result: SearchResult) {
  return {
    total: result.total,
    page: result.page,
    pageSize: result.pageSize,
    hits: result.hits.map((h) => ({
      slug: h.slug,
      title: h.title,
      kind: h.kind,
      summary: h.summary,
      countries: h.countries,
      levels: h.levels,
      themes: h.themes,
      highlights: { title: highlightToHtml(h.highlights.title), summary: highlightToHtml(h.highlights.summary) },
      evidenceLevel: h.evidence && { ...h.evidence, assessedAt: h.evidence.assessedAt.toISOString() },
    })),
    facets: Object.fromEntries(
      FACETS.map((f) => [f, result.facets[f].map(({ value, label, count }) => ({ value, label, count }))]),
    ),
    corrections: result.corrections,
    understood: result.understood,
    partial: result.partial,
  };
}
