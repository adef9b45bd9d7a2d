import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import type { SearchParams } from "@/lib/http/search-params";
import { toURLSearchParams } from "@/lib/search/query";
import { eventsView, eventsViewQuery, filtersQuery, lenientFilters, previousPage, type EventList as ListName } from "@/lib/events/filters";
import { listEvents } from "@/lib/events/list-events";
import type { EventSummary } from "@/lib/events/summaries";
import { EVENTS_CALENDAR_PATH, EVENTS_PATH } from "@/lib/events/paths";
import { localisedPath, type Locale, toLocale } from "@/lib/i18n/locales";
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
      canonical: absoluteUrl(localisedPath(toLocale(locale), EVENTS_PATH)),
      types: { "text/calendar": absoluteUrl(`${EVENTS_CALENDAR_PATH}${filtersQuery(filters)}`) },
    },
  };
}

export default async function EventsPage({ searchParams }: Props) {
  const params = toURLSearchParams(await searchParams);
  const filters = lenientFilters(params);
  const view = eventsView(params);
  const [t, rawLocale] = await Promise.all([getTranslations("events"), getLocale()]);
  const locale = toLocale(rawLocale);
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
        <ListSection
          list="upcoming"
          page={page("upcoming")}
          title={page("upcoming") === 1 ? t("upcoming") : t("upcomingPage", { page: page("upcoming") })}
          events={listing.upcoming}
          hasMore={listing.hasMoreUpcoming}
          empty={t("noUpcoming")}
          href={pageLink("upcoming")}
          labels={{ nav: t("upcomingPages"), before: t("soonerUpcoming"), after: t("laterUpcoming") }}
          locale={locale}
          className="mt-8"
        />
      )}
      {shows("past") && (
        <ListSection
          list="past"
          page={page("past")}
          title={page("past") === 1 ? t("past") : t("pastPage", { page: page("past") })}
          events={listing.past}
          hasMore={listing.hasMorePast}
          empty={t("noPast")}
          href={pageLink("past")}
          labels={{ nav: t("pages"), before: t("newerPast"), after: t("olderPast") }}
          locale={locale}
        />
      )}
      {shows("undated") && (listing.undated.length > 0 || view.list === "undated") && (
        <ListSection
          list="undated"
          page={page("undated")}
          title={page("undated") === 1 ? t("undated") : t("undatedPage", { page: page("undated") })}
          intro={t("undatedIntro")}
          events={listing.undated}
          hasMore={listing.hasMoreUndated}
          empty={t("noUndated")}
          href={pageLink("undated")}
          labels={{ nav: t("undatedPages"), before: t("previousUndated"), after: t("moreUndated") }}
          locale={locale}
        />
      )}
    </div>
  );
}

/** One of the page's lists: its heading, one page of its events, and links to the pages before and after. */
function ListSection({
  list,
  page,
  title,
  intro,
  events,
  hasMore,
  empty,
  href,
  labels,
  locale,
  className = "mt-10",
}: {
  list: ListName;
  page: number;
  title: string;
  intro?: string;
  events: EventSummary[];
  hasMore: boolean;
  /** What an empty page of the list says. */
  empty: string;
  href: (page: number) => string;
  labels: { nav: string; before: string; after: string };
  locale: Locale;
  className?: string;
}) {
  return (
    <section aria-labelledby={list} className={className}>
      <h2 id={list} className="text-2xl font-semibold">
        {title}
      </h2>
      {intro && <p className="mt-2 max-w-3xl text-slate-700">{intro}</p>}
      {events.length > 0 ? <EventList events={events} locale={locale} /> : <EmptyState className="mt-4" message={empty} />}
      {(page > 1 || hasMore) && (
        <nav aria-label={labels.nav} className="mt-4 flex flex-wrap gap-4">
          {page > 1 && (
            <Link href={href(previousPage(page, events.length))} rel="prev">
              {labels.before}
            </Link>
          )}
          {hasMore && (
            <Link href={href(page + 1)} rel="next">
              {labels.after}
            </Link>
          )}
        </nav>
      )}
    </section>
  );
}
