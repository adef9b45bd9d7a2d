import { getTranslations } from "next-intl/server";
import type { PublishedEntry } from "@/lib/catalogue/entries";
import { entryPath } from "@/lib/catalogue/paths";
import { originalTextLang } from "@/lib/catalogue/translations";
import { eventCalendarPath } from "@/lib/events/paths";
import { offsetLabel } from "@/lib/events/time-zone";
import { formatEventTimes } from "@/lib/format/event-times";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/locales";
import { vocabularyLabel } from "@/lib/thesaurus/vocabulary-labels";

const BUTTON = "inline-flex items-center rounded-md px-4 py-2 font-semibold no-underline";

/** An event's when, how and where on its entry page, with registration and "Add to calendar". */
export async function EventDetails({ entry, locale }: { entry: PublishedEntry; locale: Locale }) {
  const e = entry.event;
  if (!e) return null;
  const t = await getTranslations("events");
  // Those named as organisers; failing that, the organisation that contributed the event.
  const named = entry.links.filter((l) => l.role === "organiser");
  const organisers = named.length > 0 ? named : entry.links.filter((l) => l.role === "organisation");
  const places = [e.venue, e.city, ...entry.countries.map((c) => vocabularyLabel("country", c, locale))].filter((p): p is string => Boolean(p));
  const where = e.format === "online" ? [t("details.online")] : places;
  return (
    <section aria-labelledby="event-details" className="mt-6 max-w-3xl rounded-lg border border-slate-300 p-4">
      <h2 id="event-details" className="text-lg font-semibold">
        {t("details.heading")}
      </h2>
      <dl className="mt-3 grid gap-x-4 gap-y-2 sm:grid-cols-[auto_1fr]">
        <dt className="font-semibold">{t("details.when")}</dt>
        <dd>
          {e.startsAt && e.timeZone ? (
            <>
              <span className="block" data-event-times>
                {formatEventTimes(e.startsAt, e.endsAt, e.timeZone, locale)}
              </span>
              <span className="block text-sm text-slate-700">
                {t("details.timesIn", { zone: e.timeZone.replace(/_/g, " "), offset: offsetLabel(e.startsAt, e.timeZone) })}
              </span>
            </>
          ) : (
            t("details.dateNotRecorded")
          )}
        </dd>
        {e.format && (
          <>
            <dt className="font-semibold">{t("details.format")}</dt>
            <dd>{t(`formats.${e.format}`)}</dd>
          </>
        )}
        {where.length > 0 && (
          <>
            <dt className="font-semibold">{t("details.where")}</dt>
            <dd>{e.format === "hybrid" ? t("details.hybridWhere", { places: places.join(", ") }) : where.join(", ")}</dd>
          </>
        )}
        {organisers.length > 0 && (
          <>
            <dt className="font-semibold">{t("details.organiser")}</dt>
            <dd>
              {organisers.map((o, i) => (
                <span key={o.slug}>
                  {i > 0 && ", "}
                  <Link href={entryPath(o.slug)} lang={originalTextLang(locale)}>
                    {o.title}
                  </Link>
                </span>
              ))}
            </dd>
          </>
        )}
      </dl>
      <div className="mt-4 flex flex-wrap gap-3 print:hidden">
        {e.registrationUrl && (
          <a href={e.registrationUrl} rel="noopener nofollow" className={`${BUTTON} bg-brand-700 text-white hover:bg-brand-800`}>
            {t("details.register")}
          </a>
        )}
        {e.startsAt && (
          <a href={eventCalendarPath(entry.slug)} className={`${BUTTON} border border-brand-700 text-brand-800 hover:bg-brand-50`} download>
            {t("details.addToCalendar")}
          </a>
        )}
      </div>
    </section>
  );
}
