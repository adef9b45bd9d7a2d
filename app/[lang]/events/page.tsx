import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import type { SearchParams } from "@/lib/http/search-params";
import { toURLSearchParams } from "@/lib/search/query";
import { eventsView, eventsViewQuery, filtersQuery, lenientFilters, previousPage, type EventList as ListName, type EventsView } from "@/lib/events/filters";
import { listEvents } from "@/lib/events/list-events";
import { EVENTS_CALENDAR_PATH, EVENTS_PATH } from "@/lib/events/paths";
import { isLocale, localisedPath, DEFAULT_LOCALE } from "@/lib/i18n/locales";
import { Link } from "@/lib/i18n/navigation";
import { absoluteUrl } from "@/lib/site-url";
import { EventFilterForm } from "@/components/events/event-filter-form";
import { EventList } from "@/components/events/event-list";
import { EmptyState } from "@/components/ui/empty-state";

export const dynamic = "force-dynamic";

type Props = { searchParams: SearchParams };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const params = toURLSearchParams(await searchParams);
  const filters = lenientFilters(params);
  const [t, locale] = await Promise.all([getTranslations("events"), getLocale()]);
  const plain = Object.values(filters).every((v) => !v) && eventsView(params).list === "all";
  return {
    title: t("title"),
    description: t("description"),
    robots: plain ? undefined : { index: false, follow: true },
    alternates: {
      canonical: absoluteUrl(localisedPath(isLocale(locale) ? locale : DEFAULT_LOCALE, EVENTS_PATH)),
      types: { "text/calendar": absoluteUrl(`${EVENTS_CALENDAR_PATH}${filtersQuery(filters)}`) },
    },
  };
}

export default async function EventsPage({ searchParams }: Props) {
  const params = toURLSearchParams(await searchParams);
  const filters = lenientFilters(params);
  const view = eventsView(params);
  const [t, rawLocale] = await Promise.all([getTranslations("events"), getLocale()]);
  const locale = isLocale(rawLocale) ? rawLocale : DEFAULT_LOCALE;
  const listing = await listEvents(filters, view);
  const shows = (list: ListName) => view.list === "all" || view.list === list;
  const page = (list: ListName) => (view.list === list ? view.page : 1);
  const pageLink = (list: ListName) => (n: number) => `${EVENTS_PATH}${eventsViewQuery(filters, list, n)}#${list}`;
  return (
    <div>
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="mt-3 max-w-3xl text-slate-700">{t("description")}</p>
      <div className="mt-6">
        <EventFilterForm filters={filters} locale={locale} />
        <p className="mt-3 text-sm">
          <a href={`${EVENTS_CALENDAR_PATH}${filtersQuery(filters)}`} type="text/calendar">
            {t("calendar")}
          </a>{" "}
          <span className="text-slate-700">{t("calendarHint")}</span>
        </p>
      </div>
      {shows("upcoming") && (
        <section aria-labelledby="upcoming" className="mt-8">
          <h2 id="upcoming" className="text-2xl font-semibold">
            {page("upcoming") === 1 ? t("upcoming") : t("upcomingPage", { page: page("upcoming") })}
          </h2>
          {listing.upcoming.length > 0 ? <EventList events={listing.upcoming} locale={locale} /> : <EmptyState className="mt-4" message={t("noUpcoming")} />}
          <ListPages
            view={view}
            list="upcoming"
            shown={listing.upcoming.length}
            hasMore={listing.hasMoreUpcoming}
            href={pageLink("upcoming")}
            labels={{ nav: t("upcomingPages"), before: t("soonerUpcoming"), after: t("laterUpcoming") }}
          />
        </section>
      )}
      {shows("past") && (
        <section aria-labelledby="past" className="mt-10">
          <h2 id="past" className="text-2xl font-semibold">
            {page("past") === 1 ? t("past") : t("pastPage", { page: page("past") })}
          </h2>
          {listing.past.length > 0 ? <EventList events={listing.past} locale={locale} /> : <EmptyState className="mt-4" message={t("noPast")} />}
          <ListPages view={view} list="past" shown={listing.past.length} hasMore={listing.hasMorePast} href={pageLink("past")} labels={{ nav: t("pages"), before: t("newerPast"), after: t("olderPast") }} />
        </section>
      )}
      {shows("undated") && (listing.undated.length > 0 || view.list === "undated") && (
        <section aria-labelledby="undated" className="mt-10">
          <h2 id="undated" className="text-2xl font-semibold">
            {page("undated") === 1 ? t("undated") : t("undatedPage", { page: page("undated") })}
          </h2>
          <p className="mt-2 max-w-3xl text-slate-700">{t("undatedIntro")}</p>
          {listing.undated.length > 0 ? <EventList events={listing.undated} locale={locale} /> : <EmptyState className="mt-4" message={t("noUndated")} />}
          <ListPages
            view={view}
            list="undated"
            shown={listing.undated.length}
            hasMore={listing.hasMoreUndated}
            href={pageLink("undated")}
            labels={{ nav: t("undatedPages"), before: t("previousUndated"), after: t("moreUndated") }}
          />
        </section>
      )}
    </div>
  );
}

/** Earlier and later pages of one list, when it has them. */
function ListPages({
  view,
  list,
  shown,
  hasMore,
  href,
  labels,
}: {
  view: EventsView;
  list: ListName;
  /** How many events this page of the list shows. */
  shown: number;
  hasMore: boolean;
  href: (page: number) => string;
  labels: { nav: string; before: string; after: string };
}) {
  const page = view.list === list ? view.page : 1;
  if (page === 1 && !hasMore) return null;
  return (
    <nav aria-label={labels.nav} className="mt-4 flex flex-wrap gap-4">
      {page > 1 && (
        <Link href={href(previousPage(page, shown))} rel="prev">
          {labels.before}
        </Link>
      )}
      {hasMore && (
        <Link href={href(page + 1)} rel="next">
          {labels.after}
        </Link>
      )}
    </nav>
  );
}
