import { getLocale, getTranslations } from "next-intl/server";
import { countrySchema } from "@/lib/catalogue/schema";
import { filtersQuery } from "@/lib/events/filters";
import { nextEvents } from "@/lib/events/list-events";
import { EVENTS_PATH } from "@/lib/events/paths";
import { UpcomingEvents } from "@/components/events/upcoming-events";

/** How many of a country's upcoming events its page shows. */
const COUNTRY_EVENTS = 5;

/** A country's next events on its page (nothing when none is coming). */
export async function CountryEvents({ code, label }: { code: string; label: string }) {
  const country = countrySchema.safeParse(code);
  if (!country.success) return null;
  const [events, t, locale] = await Promise.all([nextEvents({ country: country.data }, COUNTRY_EVENTS), getTranslations("events.country"), getLocale()]);
  if (events.length === 0) return null;
  return (
    <div className="mt-6">
      <UpcomingEvents
        events={events}
        locale={locale}
        title={t("title")}
        allHref={`${EVENTS_PATH}${filtersQuery({ country: country.data })}`}
        allLabel={t("all", { country: label })}
      />
    </div>
  );
}
