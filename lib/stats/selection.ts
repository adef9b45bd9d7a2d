import { FACETS } from "@/lib/catalogue/vocabularies";
import { hasFilters, parseSearchParams, searchPath, searchQueryString } from "@/lib/search/query";
import type { StatisticsSelection } from "./types";

// The statistics page reads the search's own parameters (q, kind, country,
// level, theme) with the search's own rules, so a selection moves between the
// two pages unchanged. Paging and sorting mean nothing here and are ignored.

export type ParsedSelection = { selection: StatisticsSelection; problems: string[] };

export function parseStatisticsSelection(params: URLSearchParams): ParsedSelection {
  const relevant = new URLSearchParams();
  for (const key of ["q", ...FACETS]) for (const value of params.getAll(key)) relevant.append(key, value);
  const { query, problems } = parseSearchParams(relevant);
  return { selection: { q: query.q, filters: query.filters }, problems };
}

export function statisticsPath(selection: StatisticsSelection): string {
  return `/statistics${searchQueryString(selection)}`;
}

/** The country × level matrix of the selection as a CSV download. */
export function matrixCsvPath(selection: StatisticsSelection): string {
  return `/statistics/matrix.csv${searchQueryString(selection)}`;
}

/** The same entries on the search page. */
export function selectionSearchPath(selection: StatisticsSelection): string {
  return searchPath(selection);
}

export function isWholeCatalogue(selection: StatisticsSelection): boolean {
  return selection.q === "" && !hasFilters(selection.filters);
}
