import { z } from "zod";
import { FACETS, FACET_LABELS, FACET_VOCABULARIES, perFacet, type Facet } from "@/lib/catalogue/vocabularies";
import { withoutNul } from "@/lib/forms/input-text";
import type { SearchParamValues } from "@/lib/http/search-params";
import { MAX_QUERY_LENGTH, normaliseQueryText } from "./text";
import { SORTS, type FacetFilters, type SearchQuery, type Sort } from "./types";

// Turns URL parameters into a SearchQuery. Pages use it leniently (bad values
// are dropped and reported); the JSON API rejects any problem with a 400.

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;
export const MAX_PAGE = 500;
const MAX_VALUES_PER_FACET = 60;

/** A parameter that was ignored, and why: pages say it in their language, the API in English. */
export type SearchProblem =
  | { kind: "unknownValue"; facet: Facet; value: string }
  | { kind: "tooManyValues"; facet: Facet }
  | { kind: "notWholeNumber"; name: string; max: number }
  | { kind: "textTooLong"; max: number }
  | { kind: "unknownSort"; value: string };

export type ParsedSearch = { query: SearchQuery; problems: string[]; issues: SearchProblem[] };

/** A problem in English, as the JSON API and its 400 answers give it. */
export function problemText(problem: SearchProblem): string {
  switch (problem.kind) {
    case "unknownValue":
      return `Unknown ${FACET_LABELS[problem.facet].toLowerCase()} “${problem.value}”.`;
    case "tooManyValues":
      return `Too many ${problem.facet} values.`;
    case "notWholeNumber":
      return `${problem.name} must be a whole number between 1 and ${problem.max}.`;
    case "textTooLong":
      return `The search text is too long (at most ${problem.max} characters).`;
    case "unknownSort":
      return `Unknown sort “${problem.value}”: use relevance, newest or title.`;
  }
}

const sortSchema = z.enum(SORTS);
const intPattern = /^\s*\d{1,6}\s*$/;

const validValues = new Map<Facet, Set<string>>(
  FACETS.map((f) => [f, new Set(FACET_VOCABULARIES[f].map((t) => t.value))]),
);

function normaliseFacetValue(facet: Facet, raw: string): string {
  const trimmed = raw.trim();
  return facet === "country" ? trimmed.toUpperCase() : trimmed.toLowerCase();
}

/** A user-supplied value cleaned and cut short, for a message to quote. */
export function shortValue(value: string): string {
  const clean = normaliseQueryText(value);
  return clean.length > 40 ? `${clean.slice(0, 40)}…` : clean;
}

/** Shows a user-supplied value in a message safely and briefly. */
export function quoteValue(value: string): string {
  return `“${shortValue(value)}”`;
}

function parseFacets(params: URLSearchParams, problems: SearchProblem[]): FacetFilters {
  const filters = emptyFilters();
  for (const facet of FACETS) {
    const seen = new Set<string>();
    for (const raw of params.getAll(facet)) {
      if (!raw.trim()) continue;
      const value = normaliseFacetValue(facet, raw);
      if (!validValues.get(facet)?.has(value)) {
        problems.push({ kind: "unknownValue", facet, value: shortValue(raw) });
      } else seen.add(value);
    }
    if (seen.size > MAX_VALUES_PER_FACET) problems.push({ kind: "tooManyValues", facet });
    filters[facet] = [...seen].slice(0, MAX_VALUES_PER_FACET);
  }
  return filters;
}

function parseNumber(raw: string | null, max: number, name: string, problems: SearchProblem[]) {
  if (raw === null || raw.trim() === "") return undefined;
  const parsed = intPattern.test(raw) ? z.coerce.number().int().min(1).max(max).safeParse(raw) : undefined;
  if (parsed?.success) return parsed.data;
  problems.push({ kind: "notWholeNumber", name, max });
  return undefined;
}

export function parseSearchParams(params: URLSearchParams): ParsedSearch {
  const problems: SearchProblem[] = [];
  let q = normaliseQueryText(params.get("q") ?? "");
  if (q.length > MAX_QUERY_LENGTH) {
    problems.push({ kind: "textTooLong", max: MAX_QUERY_LENGTH });
    q = q.slice(0, MAX_QUERY_LENGTH);
  }
  const filters = parseFacets(params, problems);

  const rawSort = params.get("sort");
  let sort: Sort = q ? "relevance" : "newest";
  if (rawSort) {
    const parsed = sortSchema.safeParse(rawSort.trim().toLowerCase());
    if (parsed.success) sort = parsed.data;
    else problems.push({ kind: "unknownSort", value: shortValue(rawSort) });
  }
  if (sort === "relevance" && !q) sort = "newest";

  const page = parseNumber(params.get("page"), MAX_PAGE, "page", problems) ?? 1;
  const pageSize = parseNumber(params.get("pageSize"), MAX_PAGE_SIZE, "pageSize", problems) ?? DEFAULT_PAGE_SIZE;
  return { query: { q, filters, sort, page, pageSize }, problems: problems.map(problemText), issues: problems };
}

/** Next.js page searchParams → URLSearchParams. */
export function toURLSearchParams(input: SearchParamValues): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(input)) {
    for (const v of Array.isArray(value) ? value : value === undefined ? [] : [value]) params.append(key, withoutNul(v));
  }
  return params;
}

type LinkableSearch = Partial<SearchQuery> & { filters?: Partial<FacetFilters>; expand?: Facet[] };

/** The canonical URL query string of a search, for links and chips. */
export function searchQueryString(query: LinkableSearch): string {
  const params = new URLSearchParams();
  if (query.q) params.set("q", query.q);
  for (const facet of FACETS) for (const v of query.filters?.[facet] ?? []) params.append(facet, v);
  if (query.sort && query.sort !== (query.q ? "relevance" : "newest")) params.set("sort", query.sort);
  if (query.page && query.page > 1) params.set("page", String(query.page));
  for (const facet of query.expand ?? []) params.append("expand", facet);
  const s = params.toString();
  return s ? `?${s}` : "";
}

/** The search page's URL for a search. */
export function searchPath(query: LinkableSearch): string {
  return `/search${searchQueryString(query)}`;
}

export function hasFilters(filters: FacetFilters): boolean {
  return FACETS.some((f) => filters[f].length > 0);
}

export function emptyFilters(): FacetFilters {
  return perFacet(() => []);
}

/** A query with defaults, for pages that search on the visitor's behalf. */
export function defaultSearchQuery(overrides: Partial<SearchQuery> = {}): SearchQuery {
  return { q: "", filters: emptyFilters(), sort: "newest", page: 1, pageSize: DEFAULT_PAGE_SIZE, ...overrides };
}

/** Facets whose every value the visitor asked to see (`expand=country`). */
export function parseExpandedFacets(params: URLSearchParams): Facet[] {
  return FACETS.filter((f) => params.getAll("expand").includes(f));
}
