import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import type { SearchParams } from "@/lib/http/search-params";
import { localisedPath } from "@/lib/i18n/locales";
import { searchCatalogue } from "@/lib/search";
import { labelFacets } from "@/lib/search/facet-labels";
import { localisedFeedAlternates } from "@/lib/feeds/localised";
import { hasFilters, parseExpandedFacets, parseSearchParams, searchPath, toURLSearchParams } from "@/lib/search/query";
import { applySortChoice, SORT_CHOICE_PARAM } from "@/lib/search/sort-choice";
import { emptySearchSuggestions } from "@/lib/search/suggestions";
import { FACETS } from "@/lib/catalogue/vocabularies";
import { absoluteUrl } from "@/lib/site-url";
import { FeedLinks } from "@/components/feeds/feed-links";
import { EmbedLink } from "@/components/embed/embed-link";
import { ActiveFilters } from "@/components/search/active-filters";
import { ExportLinks } from "@/components/search/export-links";
import { AlertLink } from "@/components/alerts/alert-link";
import { FacetPanel } from "@/components/search/facet-panel";
import { FilterDrawer, FiltersButton } from "@/components/search/filter-drawer";
import { InstantSearchForm } from "@/components/search/instant-search-form";
import { searchProblemTexts } from "@/components/search/problem-texts";
import { SearchBox } from "@/components/search/search-box";
import { SearchNotices } from "@/components/search/search-notices";
import { SearchResults } from "@/components/search/search-results";
import { SortSelect } from "@/components/search/sort-select";

type Props = { searchParams: SearchParams };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const { query } = parseSearchParams(toURLSearchParams(await searchParams));
  const search = { q: query.q, filters: query.filters };
  const [locale, t] = await Promise.all([getLocale(), getTranslations("search")]);
  return {
    title: query.q ? t("titleWithQuery", { q: query.q }) : t("title"),
    robots: { index: false, follow: true },
    // The same results in another order or page are the same search.
    alternates: { canonical: absoluteUrl(localisedPath(locale, searchPath(search))), types: await localisedFeedAlternates(search, locale) },
  };
}

export default async function SearchPage({ searchParams }: Props) {
  const params = toURLSearchParams(await searchParams);
  const [locale, t] = await Promise.all([getLocale(), getTranslations("search")]);
  // The form without JavaScript says which order it showed for which words;
  // the address keeps only the order that follows from it.
  if (params.has(SORT_CHOICE_PARAM)) redirect(localisedPath(locale, `/search?${applySortChoice(params).toString()}`));
  const { query, issues } = parseSearchParams(params);
  const found = await searchCatalogue(query);
  const result = { ...found, facets: labelFacets(found.facets, locale) };
  const [suggestions, problems] = await Promise.all([
    result.total === 0 ? emptySearchSuggestions(query) : undefined,
    searchProblemTexts(issues),
  ]);
  const activeFilters = FACETS.reduce((n, facet) => n + query.filters[facet].length, 0);
  const count = result.total;
  return (
    <InstantSearchForm action={localisedPath(locale, "/search")}>
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <div className="mt-4">
        <SearchBox defaultValue={query.q} />
      </div>
      <div className="mt-6 grid gap-8 md:grid-cols-[16rem_minmax(0,1fr)]">
        <aside id="filters" aria-label={t("filtersLabel")} className="order-2 min-w-0 md:order-1">
          <FilterDrawer
            clearHref={hasFilters(query.filters) ? searchPath({ q: query.q, sort: query.sort }) : null}
            labelledBy="filters-heading"
            texts={{
              close: t("drawer.close"),
              closeLabel: t("drawer.closeLabel"),
              clearAll: t("drawer.clearAll"),
              show: t("drawer.show", { count }),
            }}
          >
            <FacetPanel facets={result.facets} query={query} expanded={parseExpandedFacets(params)} headingId="filters-heading" />
          </FilterDrawer>
        </aside>
        <section aria-labelledby="results-heading" className="order-1 min-w-0 space-y-4 group-data-[pending]:opacity-60 md:order-2">
          <div className="flex flex-wrap items-center justify-between gap-x-4 gap-y-2">
            <h2 id="results-heading" className="min-w-0 text-base font-semibold wrap-anywhere" aria-live="polite">
              {query.q ? t("resultCountFor", { count, q: query.q }) : t("resultCount", { count })}
            </h2>
            <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
              <FiltersButton text={t("drawer.button", { count: activeFilters })} />
              <SortSelect value={query.sort} q={query.q} />
            </div>
            <div className="flex w-full flex-wrap items-center gap-x-4 gap-y-1 text-sm">
              <AlertLink query={query} />
              <FeedLinks query={query} />
              <EmbedLink query={query} />
              {result.total > 0 && <ExportLinks query={query} total={result.total} />}
            </div>
          </div>
          <ActiveFilters query={query} />
          <SearchNotices query={query} problems={problems} result={result} />
          <SearchResults query={query} result={result} suggestions={suggestions} />
        </section>
      </div>
    </InstantSearchForm>
  );
}
