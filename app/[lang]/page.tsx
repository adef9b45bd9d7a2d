import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { kindSearchPath, levelPath, themePath } from "@/lib/catalogue/paths";
import { localisedFeedAlternates } from "@/lib/feeds/localised";
import { emptyFilters } from "@/lib/search/query";
import { catalogueOverview } from "@/lib/stats";
import { absoluteUrl } from "@/lib/site-url";
import { Link } from "@/lib/i18n/navigation";
import { localisedPath } from "@/lib/i18n/locales";
import { vocabularyLabel } from "@/lib/thesaurus/vocabulary-labels";
import { SearchBox } from "@/components/search/search-box";
import { ResultList } from "@/components/search/result-list";
import { TagList } from "@/components/ui/tag-list";
import { FeedLinks } from "@/components/feeds/feed-links";
import { CountryMap } from "@/components/map/country-map";
import { formatNumber } from "@/lib/format/numbers";
import { Section } from "@/components/ui/section";
import { UpcomingEvents } from "@/components/events/upcoming-events";
import { nextEvents } from "@/lib/events/list-events";
import { EVENTS_PATH } from "@/lib/events/paths";

export const dynamic = "force-dynamic";

/** How many upcoming events the home page shows. */
const HOME_EVENTS = 3;

export async function generateMetadata(): Promise<Metadata> {
  const locale = await getLocale();
  return {
    alternates: { canonical: absoluteUrl(localisedPath(locale, "/")), types: await localisedFeedAlternates({ q: "", filters: emptyFilters() }, locale) },
  };
}

export default async function HomePage() {
  const [{ total, hits, facets }, t, te, locale, comingUp] = await Promise.all([
    catalogueOverview(),
    getTranslations("home"),
    getTranslations("events.home"),
    getLocale(),
    nextEvents({}, HOME_EVENTS),
  ]);
  const tagOf = (facet: "level" | "theme", value: string, count: number) => t("tag", { label: vocabularyLabel(facet, value, locale), count: formatNumber(count, locale) });
  return (
    <div className="space-y-12">
      <section aria-labelledby="intro-heading" className="rounded-2xl bg-brand-50 px-6 py-10 sm:px-10">
        <h1 id="intro-heading" className="max-w-3xl text-3xl font-bold leading-tight sm:text-4xl">
          {t("heading")}
        </h1>
        <p className="mt-4 max-w-3xl text-lg text-slate-700">{t("intro", { count: total, total: formatNumber(total, locale) })}</p>
        <form action={localisedPath(locale, "/search")} method="get" className="mt-6 max-w-3xl">
          <SearchBox defaultValue="" size="lg" />
        </form>
      </section>

      <UpcomingEvents events={comingUp} locale={locale} title={te("title")} allHref={EVENTS_PATH} allLabel={te("all")} />

      <Section id="kinds" title={t("kinds")}>
        <ul className="mt-4 grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-7">
          {facets.kind.map((k) => (
            <li key={k.value}>
              <Link href={kindSearchPath(k.value)} className="block rounded-lg border border-slate-200 p-4 text-center no-underline hover:border-brand-600">
                <span className="block text-2xl font-bold text-slate-900">{formatNumber(k.count, locale)}</span>
                <span className="text-sm">{vocabularyLabel("kind", k.value, locale)}</span>
              </Link>
            </li>
          ))}
        </ul>
      </Section>

      <Section
        id="countries"
        title={t("countries")}
        actions={
          <span className="flex items-baseline gap-4 text-sm">
            <Link href="/countries">{t("allCountries")}</Link>
            <Link href="/statistics">{t("statistics")}</Link>
          </span>
        }
      >
        <p className="mt-1 text-sm text-slate-700">{t("mapHint")}</p>
        <div className="mt-4">
          <CountryMap counts={facets.country} />
        </div>
      </Section>

      <div className="grid gap-10 md:grid-cols-2">
        <Section id="levels" title={t("levels")}>
          <div className="mt-3">
            <TagList label={t("levels")} tags={facets.level.map((l) => ({ label: tagOf("level", l.value, l.count), href: levelPath(l.value) }))} />
          </div>
        </Section>
        <Section id="themes" title={t("themes")}>
          <div className="mt-3">
            <TagList label={t("themes")} tags={facets.theme.map((th) => ({ label: tagOf("theme", th.value, th.count), href: themePath(th.value) }))} />
          </div>
        </Section>
      </div>

      <Section
        id="newest"
        title={t("newest")}
        actions={
          <span className="flex items-baseline gap-4">
            <FeedLinks query={{ q: "", filters: emptyFilters() }} />
            <Link href="/search?sort=newest">{t("seeAll")}</Link>
          </span>
        }
      >
        <div className="mt-4">{hits.length > 0 ? <ResultList hits={hits} headingLevel={3} /> : <p>{t("empty")}</p>}</div>
      </Section>
    </div>
  );
}
