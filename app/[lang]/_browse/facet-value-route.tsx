import type { Metadata } from "next";
import type { ReactNode } from "react";
import { notFound, permanentRedirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { FACET_VOCABULARIES, type EntryFacet } from "@/lib/catalogue/vocabularies";
import { localisedFeedAlternates } from "@/lib/feeds/localised";
import type { SearchParams } from "@/lib/http/search-params";
import { localisedPath, type Locale } from "@/lib/i18n/locales";
import type { SearchQuery, SearchResult } from "@/lib/search";
import { browseFacetValue, countFacetValues, landingPage, type FacetValueCount } from "@/lib/search/browse";
import { emptyFilters } from "@/lib/search/query";
import { absoluteUrl } from "@/lib/site-url";
import { vocabularyLabel } from "@/lib/thesaurus/vocabulary-labels";
import { FacetLanding } from "@/components/browse/facet-landing";
import { FacetValueGrid } from "@/components/browse/facet-value-grid";

// The index page of a vocabulary (/themes) and the page of one of its values
// (/themes/gender-equality) are the same for countries, themes and levels.

type ValueProps = { params: Promise<Record<string, string>>; searchParams: SearchParams };

/** The vocabularies with pages of their own; their heading and intro are browse.<facet>.heading/intro. */
type BrowseFacet = Exclude<EntryFacet, "kind">;

/** The namespace of each vocabulary's index page (browse.countries…). */
const INDEX = { country: "countries", level: "levels", theme: "themes" } as const satisfies Record<BrowseFacet, string>;

type FacetRouteOptions = {
  facet: BrowseFacet;
  /** The route parameter holding the value ("code", "slug"). */
  param: string;
  path: (value: string) => string;
  /** The value as written in the URL → the vocabulary's value. */
  fromUrl?: (raw: string) => string;
  /** Above the list of the first page: what the value has and lacks. */
  overview?: (value: { label: string; query: SearchQuery; result: SearchResult }) => ReactNode;
};

async function texts(facet: BrowseFacet, label: string) {
  const t = await getTranslations("browse");
  // English writes a theme in the middle of a sentence in small letters ("on gender equality").
  const values = { label, lower: label.toLowerCase() };
  return { heading: t(`${facet}.heading`, values), intro: t(`${facet}.intro`, values) };
}

export function facetValueRoute(options: FacetRouteOptions) {
  const known = new Set(FACET_VOCABULARIES[options.facet].map((t) => t.value));
  const valueOf = (raw: string | undefined) => {
    const value = raw === undefined ? undefined : (options.fromUrl?.(raw) ?? raw);
    return value !== undefined && known.has(value) ? value : null;
  };

  async function generateMetadata({ params }: ValueProps): Promise<Metadata> {
    const value = valueOf((await params)[options.param]);
    if (!value) return { title: (await getTranslations("browse"))("notFound") };
    const locale = await getLocale();
    const label = vocabularyLabel(options.facet, value, locale);
    return {
      title: (await texts(options.facet, label)).heading,
      // Every page of the list points at its first: one URL per country, theme or level and language.
      alternates: {
        canonical: absoluteUrl(localisedPath(locale, options.path(value))),
        types: await localisedFeedAlternates({ q: "", filters: { ...emptyFilters(), [options.facet]: [value] } }, locale),
      },
    };
  }

  async function Page({ params, searchParams }: ValueProps) {
    const raw = (await params)[options.param];
    const value = valueOf(raw);
    if (!value) notFound();
    const locale = await getLocale();
    if (raw !== options.path(value).split("/").at(-1)) permanentRedirect(localisedPath(locale, options.path(value)));
    const label = vocabularyLabel(options.facet, value, locale);
    const [{ heading, intro }, { query, result }] = await Promise.all([
      texts(options.facet, label),
      browseFacetValue(options.facet, value, landingPage(await searchParams)),
    ]);
    return (
      <FacetLanding
        title={heading}
        intro={intro}
        query={query}
        result={result}
        basePath={options.path(value)}
        overview={query.page === 1 ? options.overview?.({ label, query, result }) : undefined}
      />
    );
  }

  return { generateMetadata, Page };
}

/** A vocabulary's values with their counts, labelled in the page's language. */
async function labelledCounts(facet: BrowseFacet, locale: Locale): Promise<FacetValueCount[]> {
  const values = await countFacetValues(facet);
  return values.map((v) => ({ ...v, label: vocabularyLabel(facet, v.value, locale) }));
}

export async function FacetIndexPage({
  facet,
  path,
  overview,
}: {
  facet: BrowseFacet;
  path: (value: string) => string;
  /**
   * Shown instead of the grid of values, built from the same counts: the
   * countries' map and table already list every country, a grid would repeat them.
   */
  overview?: (values: FacetValueCount[]) => ReactNode;
}) {
  const locale = await getLocale();
  const [t, values] = await Promise.all([getTranslations(`browse.${INDEX[facet]}`), labelledCounts(facet, locale)]);
  return (
    <div>
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="mt-3 max-w-3xl text-slate-700">{t("intro")}</p>
      <div className="mt-6">{overview ? overview(values) : <FacetValueGrid values={values} href={path} emptyLabel={t("empty")} />}</div>
    </div>
  );
}

/** The index page's title and description, for its metadata. */
export async function facetIndexMetadata(facet: BrowseFacet, canonical: string): Promise<Metadata> {
  const [locale, t] = await Promise.all([getLocale(), getTranslations(`browse.${INDEX[facet]}`)]);
  return { title: t("title"), description: t("description"), alternates: { canonical: absoluteUrl(localisedPath(locale, canonical)) } };
}
