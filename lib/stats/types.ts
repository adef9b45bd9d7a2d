import type { Facet } from "@/lib/catalogue/vocabularies";
import type { FacetFilters } from "@/lib/search/types";

/** Which entries the statistics describe: the search's text and facet filters. */
export type StatisticsSelection = { q: string; filters: FacetFilters };

export type TermCount = { value: string; label: string; count: number };

export type YearCount = { year: number; count: number };

export type CatalogueStatistics = {
  /** Published entries in the selection. */
  total: number;
  /** Every term of each vocabulary, in vocabulary order, zeros included. */
  byFacet: Record<Facet, TermCount[]>;
  /** Every year from the earliest start to the latest, zeros included. */
  byStartYear: YearCount[];
  withoutStartYear: number;
  /** Entries per country and education level: cells[country][level]. */
  countryByLevel: Record<string, Record<string, number>>;
};
