import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import type { SearchParams } from "@/lib/http/search-params";
import { toURLSearchParams } from "@/lib/search/query";
import { filtersQuery, lenientFilters } from "@/lib/events/filters";
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

function pageOf(params: URLSearchParams): number {
  const n = Number(params.get("page") ?? "1");
  return Number.isInteger(n) && n >= 1 && n <= 1000 ? n : 1;
}

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const params = toURLSearchParams(await searchParams);
  const filters = lenientFilters(params);
  const [t, locale] = await Promise.all([getTranslations("events"), getLocale()]);
  const plain = Object.values(filters).every((v) => !v) && pageOf(params) === 1;
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
  const page = pageOf(params);
  const [t, rawLocale] = await Promise.all([getTranslations("events"), getLocale()]);
  const locale = isLocale(rawLocale) ? rawLocale : DEFAULT_LOCALE;
  const listing = await listEvents(filters, page);
  const pageLink = (n: number) => `${EVENTS_PATH}${filtersQuery(filters, n > 1 ? { page: String(n) } : {})}#past`;
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
      {page === 1 && (
        <section aria-labelledby="upcoming" className="mt-8">
          <h2 id="upcoming" className="text-2xl font-semibold">
            {t("upcoming")}
          </h2>
          {listing.upcoming.length > 0 ? <EventList events={listing.upcoming} locale={locale} /> : <EmptyState className="mt-4" message={t("noUpcoming")} />}
        </section>
      )}
      <section aria-labelledby="past" className="mt-10">
        <h2 id="past" className="text-2xl font-semibold">
          {page === 1 ? t("past") : t("pastPage", { page })}
        </h2>
        {listing.past.length > 0 ? <EventList events={listing.past} locale={locale} /> : <EmptyState className="mt-4" message={t("noPast")} />}
        {(page > 1 || listing.hasMorePast) && (
          <nav aria-label={t("pages")} className="mt-4 flex flex-wrap gap-4">
            {page > 1 && <Link href={pageLink(page - 1)}>{t("newerPast")}</Link>}
            {listing.hasMorePast && <Link href={pageLink(page + 1)}>{t("olderPast")}</Link>}
          </nav>
        )}
      </section>
      {listing.undated.length > 0 && (
        <section aria-labelledby="undated" className="mt-10">
          <h2 id="undated" className="text-2xl font-semibold">
            {t("undated")}
          </h2>
          <p className="mt-2 max-w-3xl text-slate-700">{t("undatedIntro")}</p>
          <EventList events={listing.undated} locale={locale} />
        </section>
      )}
    </div>
  );
}
