import { getTranslations } from "next-intl/server";
import { entryPath } from "@/lib/catalogue/paths";
import { entryInLanguage } from "@/lib/catalogue/translations";
import type { EventSummary } from "@/lib/events/summaries";
import { formatEventDay } from "@/lib/format/event-times";
import { formatList } from "@/lib/format/lists";
import type { Locale } from "@/lib/i18n/locales";
import { Link } from "@/lib/i18n/navigation";
import { vocabularyLabel } from "@/lib/thesaurus/vocabulary-labels";

/** When an event was or will be, as a list shows it: its day(s) on its own zone's clock, or the years the sources give. */
async function WhenText({ event, locale }: { event: EventSummary; locale: Locale }) {
  const t = await getTranslations("events");
  const e = event.event;
  if (e.startsAt && e.timeZone) {
    return <time dateTime={e.startsAt.toISOString()}>{formatEventDay(e.startsAt, e.endsAt, e.timeZone, locale)}</time>;
  }
  if (event.yearStart !== null && event.yearEnd !== null && event.yearEnd !== event.yearStart) return <>{t("years", { start: event.yearStart, end: event.yearEnd })}</>;
  if (event.yearStart !== null) return <>{event.yearStart}</>;
  return <>{t("details.dateNotRecorded")}</>;
}

/** Events as a list of cards: when, title, where and how, who organises. */
export async function EventList({ events, locale, headingLevel = 3 }: { events: EventSummary[]; locale: Locale; headingLevel?: 2 | 3 }) {
  const t = await getTranslations("events");
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <ul className="mt-4 grid gap-4" data-event-list>
      {events.map((event) => {
        const shown = entryInLanguage(event, locale);
        const places = [event.event.city, ...event.countries.map((c) => vocabularyLabel("country", c, locale))].filter((p): p is string => Boolean(p));
        return (
          <li key={event.id} className="rounded-lg border border-slate-200 p-4">
            <p className="text-sm font-semibold text-brand-800">
              <WhenText event={event} locale={locale} />
            </p>
            <Heading className="mt-1 text-lg font-semibold">
              <Link href={entryPath(event.slug)} lang={shown.titleLang === locale ? undefined : shown.titleLang}>
                {shown.title}
              </Link>
            </Heading>
            <p className="mt-1 text-sm text-slate-700">
              {[event.event.format ? t(`formats.${event.event.format}`) : null, places.join(", ") || null].filter(Boolean).join(" · ")}
            </p>
            {event.organisers.length > 0 && <p className="mt-1 text-sm text-slate-700">{t("organisedBy", { names: formatList(event.organisers, locale) })}</p>}
          </li>
        );
      })}
    </ul>
  );
}
