import type { TitleTranslations } from "@/lib/catalogue/translations";
import type { Facet } from "@/lib/catalogue/vocabularies";
import type { EntryEvidence } from "@/lib/evidence/levels";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Understood } from "./understanding/analyse";

// The one search interface of DESIGN.md. Engines (PostgreSQL now, Meilisearch
// later) implement it; pages and the API only ever see these shapes.

export const SORTS = ["relevance", "newest", "title"] as const;
export type Sort = (typeof SORTS)[number];

export type FacetFilters = Record<Facet, string[]>;

export type SearchQuery = {
  q: string;
  filters: FacetFilters;
  sort: Sort;
  page: number;
  pageSize: number;
};

/** A highlighted text as alternating plain and matched segments. */
export type HighlightSegment = { text: string; match: boolean };

export type SearchHit = {
  slug: string;
  title: string;
  titleLang: string | null;
  kind: string;
  summary: string;
  countries: string[];
  levels: string[];
  themes: string[];
  highlights: { title: HighlightSegment[]; summary: HighlightSegment[] };
  /** The entry's translated titles and summaries, so a hit can be shown in the reader's language (entryInLanguage). */
  translations: TitleTranslations;
  /** The moderators' evidence level, or null until assessed. */
  evidence: EntryEvidence;
};

export type FacetCount = { value: string; label: string; count: number; selected: boolean };

export type SearchResult = {
  total: number;
  page: number;
  pageSize: number;
  hits: SearchHit[];
  facets: Record<Facet, FacetCount[]>;
  /** Words the engine replaced by close catalogue terms (typo tolerance). */
  corrections: { from: string; to: string[] }[];
  /** Words read as a country, level, kind or theme: they rank entries with that value first. */
  understood: Understood[];
  /** No entry has every word: these are the entries with most of them. */
  partial: boolean;
};

/**
 * What the caller knows of the catalogue: its generation (see search_state),
 * and the moment freshness is judged at (now when omitted; tests pass a clock).
 */
export type SearchContext = { generation: bigint; now?: Date };

export interface SearchEngine {
  readonly name: string;
  /**
   * (Re)index the published entries with these ids (all when omitted). With a
   * transaction, the index change commits or rolls back with the caller's.
   */
  index(entryIds?: string[], tx?: Prisma.TransactionClient): Promise<void>;
  remove(entryIds: string[], tx?: Prisma.TransactionClient): Promise<void>;
  search(query: SearchQuery, context: SearchContext): Promise<SearchResult>;
  ping(): Promise<boolean>;
}
