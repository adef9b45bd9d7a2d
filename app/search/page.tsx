import type { Metadata } from "next";
import type { SearchParams } from "@/lib/http/search-params";
import { searchCatalogue } from "@/lib/search";
import { feedAlternates } from "@/lib/feeds/links";
import { parseExpandedFacets, parseSearchParams, searchPath, toURLSearchParams } from "@/lib/search/query";
import { absoluteUrl } from "@/lib/site-url";
import { FeedLinks } from "@/components/feeds/feed-links";
import { EmbedLink } from "@/components/embed/embed-link";
import { ActiveFilters } from "@/components/search/active-filters";
import { ExportLinks } from "@/components/search/export-links";
import { FacetPanel } from "@/components/search/facet-panel";
import { InstantSearchForm } from "@/components/search/instant-search-form";
import { SearchBox } from "@/components/search/search-box";
import { SearchNotices } from "@/components/search/search-notices";
import { resultCountText, SearchResults } from "@/components/search/search-results";
import { SortSelect } from "@/components/search/sort-select";

type Props = { searchParams: SearchParams };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const { query } = parseSearchParams(toURLSearchParams(await searchParams));
  const search = { q: query.q, filters: query.filters };
  return {
    title: query.q ? `Search: ${query.q}` : "Search the catalogue",
    robots: { index: false, follow: true },
    // The same results in another order or page are the same search.
    alternates: { canonical: absoluteUrl(searchPath(search)), types: feedAlternates(search) },
  };
}

export default async function SearchPage({ searchParams }: Props) {
  const params = toURLSearchParams(await searchParams);
  const { query, problems } = parseSearchParams(params);
  const result = await searchCatalogue(query);
  return (
    <InstantSearchForm action="/search">
      <h1 className="text-2xl font-bold">Search the catalogue</h1>
      <div className="mt-4">
        <SearchBox defaultValue={query.q} />
      </div>
      <div className="mt-6 grid gap-8 md:grid-cols-[16rem_1fr]">
        <aside id="filters" aria-label="Filters" className="order-2 md:order-1">
          <FacetPanel facets={result.facets} query={query} expanded={parseExpandedFacets(params)} />
        </aside>
        <section aria-labelledby="results-heading" className="order-1 space-y-4 group-data-[pending]:opacity-60 md:order-2">
          <div className="flex flex-wrap items-center justify-between gap-3">
            <h2 id="results-heading" className="text-base font-semibold" aria-live="polite">
              {resultCountText(result.total)}
              {query.q && <> for “{query.q}”</>}
            </h2>
            <div className="flex items-center gap-4">
              <FeedLinks query={query} />
              <EmbedLink query={query} />
              <a href="#filters" className="text-sm md:hidden">
                Filters
              </a>
              {result.total > 0 && <ExportLinks query={query} total={result.total} />}
              <SortSelect value={query.sort} hasText={query.q !== ""} />
            </div>
          </div>
          <ActiveFilters query={query} />
          <SearchNotices problems={problems} corrections={result.corrections} />
          <SearchResults query={query} result={result} />
        </section>
      </div>
    </InstantSearchForm>
  );
}
