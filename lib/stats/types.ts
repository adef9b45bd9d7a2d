import type { Facet } from "@/lib/catalogue/vocabularies";
import type { FacetFilters } from "@/lib/search/types";

/** Which entries the statistics describe: the search's text and facet filters. */
export type StatisticsSelection = { q: string; filters: FacetFilters };

export type TermCount = { value: string; label: string; count: number };

export type YearCount = { year: number; count: number };

export type CatalogueStatistics = {
  /** Published entries in the selection. */
  total: number;
  /**
   * Every term of each vocabulary, in vocabulary order, zeros included. As in
   * the search, a facet with values selected is counted without its own
   * selection (the other facets' and the words still apply).
   */
  byFacet: Record<Facet, TermCount[]>;
  /** The entries each facet's counts are out of: `total`, or more for a facet counted without its own selection. */
  facetTotals: Record<Facet, number>;
  /** Every year from the earliest start to the latest, zeros included. */
  byStartYear: YearCount[];
  withoutStartYear: number;
  /** Entries per country and education level: cells[country][level]. */
  countryByLevel: Record<string, Record<string, number>>;
  /** The matrix's rows (country codes): the selected countries, or all; and the other countries the selected entries name. */
  matrixCountries: { selected: string[]; partners: string[] };
};
