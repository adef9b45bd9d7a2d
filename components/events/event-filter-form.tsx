import { getTranslations } from "next-intl/server";
import { COUNTRIES, THEMES } from "@/lib/catalogue/vocabularies";
import { EVENT_FORMATS } from "@/lib/events/formats";
import type { EventFilters } from "@/lib/events/filters";
import { EVENTS_PATH } from "@/lib/events/paths";
import { sortByLabel } from "@/lib/format/lists";
import { localisedPath, type Locale } from "@/lib/i18n/locales";
import { Link } from "@/lib/i18n/navigation";
import { vocabularyLabel } from "@/lib/thesaurus/vocabulary-labels";
import { FilterSelect } from "@/components/ui/filter-select";

// A plain GET form: it works without JavaScript, and its address is the listing, ready to share.

export async function EventFilterForm({ filters, locale }: { filters: EventFilters; locale: Locale }) {
  const t = await getTranslations("events");
  const countries = sortByLabel(COUNTRIES.map((c) => ({ value: c.value, label: vocabularyLabel("country", c.value, locale) })), (c) => c.label, locale);
  const themes = THEMES.map((th) => ({ value: th.value, label: vocabularyLabel("theme", th.value, locale) }));
  const formats = EVENT_FORMATS.map((f) => ({ value: f, label: t(`formats.${f}`) }));
  const filtered = Object.values(filters).some(Boolean);
  return (
    <form action={localisedPath(locale, EVENTS_PATH)} method="get" aria-labelledby="event-filters" className="rounded-lg bg-slate-50 p-4">
      <h2 id="event-filters" className="text-base font-semibold">
        {t("filters.heading")}
      </h2>
      <div className="mt-3 grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <FilterSelect id="event-country" name="country" label={t("filters.country")} anyLabel={t("filters.anyCountry")} options={countries} value={filters.country} />
        <FilterSelect id="event-theme" name="theme" label={t("filters.theme")} anyLabel={t("filters.anyTheme")} options={themes} value={filters.theme} />
        <FilterSelect id="event-format" name="format" label={t("filters.format")} anyLabel={t("filters.anyFormat")} options={formats} value={filters.format} />
        <div>
          <label htmlFor="event-month" className="font-semibold">
            {t("filters.month")}
          </label>
          <input
            id="event-month"
            type="month"
            name="month"
            defaultValue={filters.month ?? ""}
            aria-describedby="event-month-hint"
            className="mt-1 block w-full rounded-md border border-slate-400 bg-white px-2 py-1.5"
          />
          <p id="event-month-hint" className="mt-1 text-sm text-slate-700">
            {t("filters.monthHint")}
          </p>
        </div>
      </div>
      <div className="mt-4 flex flex-wrap items-center gap-4">
        <button type="submit" className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
          {t("filters.apply")}
        </button>
        {filtered && <Link href={EVENTS_PATH}>{t("filters.clear")}</Link>}
      </div>
    </form>
  );
}
