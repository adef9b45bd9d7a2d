import type { Metadata } from "next";
import type { ReactNode } from "react";
import { notFound, permanentRedirect } from "next/navigation";
import { FACET_VOCABULARIES, labelOf, type Facet } from "@/lib/catalogue/vocabularies";
import { feedAlternates } from "@/lib/feeds/links";
import type { SearchParams } from "@/lib/http/search-params";
import type { SearchQuery, SearchResult } from "@/lib/search";
import { browseFacetValue, countFacetValues, landingPage, type FacetValueCount } from "@/lib/search/browse";
import { emptyFilters } from "@/lib/search/query";
import { absoluteUrl } from "@/lib/site-url";
import { FacetLanding } from "@/components/browse/facet-landing";
import { FacetValueGrid } from "@/components/browse/facet-value-grid";

// The index page of a vocabulary (/themes) and the page of one of its values
// (/themes/gender-equality) are the same for countries, themes and levels.

type ValueProps = { params: Promise<Record<string, string>>; searchParams: SearchParams };

type FacetRouteOptions = {
  facet: Facet;
  /** The route parameter holding the value ("code", "slug"). */
  param: string;
  path: (value: string) => string;
  /** The value as written in the URL → the vocabulary's value. */
  fromUrl?: (raw: string) => string;
  heading: (label: string) => string;
  intro: (label: string) => string;
  /** Above the list of the first page: what the value has and lacks. */
  overview?: (value: { label: string; query: SearchQuery; result: SearchResult }) => ReactNode;
};

export function facetValueRoute(options: FacetRouteOptions) {
  const known = new Set(FACET_VOCABULARIES[options.facet].map((t) => t.value));
  const valueOf = (raw: string | undefined) => {
    const value = raw === undefined ? undefined : (options.fromUrl?.(raw) ?? raw);
    return value !== undefined && known.has(value) ? value : null;
  };

  async function generateMetadata({ params }: ValueProps): Promise<Metadata> {
    const value = valueOf((await params)[options.param]);
    if (!value) return { title: "Not found" };
    return {
      title: options.heading(labelOf(options.facet, value)),
      // Every page of the list points at its first: one URL per country, theme or level.
      alternates: {
        canonical: absoluteUrl(options.path(value)),
        types: feedAlternates({ q: "", filters: { ...emptyFilters(), [options.facet]: [value] } }),
      },
    };
  }

  async function Page({ params, searchParams }: ValueProps) {
    const raw = (await params)[options.param];
    const value = valueOf(raw);
    if (!value) notFound();
    if (raw !== options.path(value).split("/").at(-1)) permanentRedirect(options.path(value));
    const label = labelOf(options.facet, value);
    const { query, result } = await browseFacetValue(options.facet, value, landingPage(await searchParams));
    return (
      <FacetLanding
        title={options.heading(label)}
        intro={options.intro(label)}
        query={query}
        result={result}
        basePath={options.path(value)}
        overview={query.page === 1 ? options.overview?.({ label, query, result }) : undefined}
      />
    );
  }

  return { generateMetadata, Page };
}

export async function FacetIndexPage({
  facet,
  title,
  intro,
  path,
  emptyLabel,
  overview,
}: {
  facet: Facet;
  title: string;
  intro: string;
  path: (value: string) => string;
  emptyLabel: string;
  /**
   * Shown instead of the grid of values, built from the same counts: the
   * countries' map and table already list every country, a grid would repeat them.
   */
  overview?: (values: FacetValueCount[]) => ReactNode;
}) {
  const values = await countFacetValues(facet);
  return (
    <div>
      <h1 className="text-3xl font-bold">{title}</h1>
      <p className="mt-3 max-w-3xl text-slate-700">{intro}</p>
      <div className="mt-6">{overview ? overview(values) : <FacetValueGrid values={values} href={path} emptyLabel={emptyLabel} />}</div>
    </div>
  );
}
