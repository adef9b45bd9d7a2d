import { useLocale, useTranslations } from "next-intl";
import { sortByLabel } from "@/lib/format/lists";
import { localisedPath } from "@/lib/i18n/locales";
import { Link } from "@/lib/i18n/navigation";
import { vocabularyLabel } from "@/lib/thesaurus/vocabulary-labels";
import { COUNTRIES, KINDS } from "@/lib/catalogue/vocabularies";
import type { QueueFilter } from "@/lib/submissions/queue";
import { FilterSelect } from "@/components/ui/filter-select";

const AGES = [1, 3, 7, 14, 30];

export function QueueFilters({ filter }: { filter: QueueFilter }) {
  const t = useTranslations("moderation.filters");
  const locale = useLocale();
  // Kinds keep the catalogue's order; countries sort as a reader of the language expects.
  const kinds = KINDS.map((term) => ({ value: term.value, label: vocabularyLabel("kind", term.value, locale) }));
  const countries = sortByLabel(
    COUNTRIES.map((term) => ({ value: term.value, label: vocabularyLabel("country", term.value, locale) })),
    (term) => term.label,
    locale,
  );
  const ages = AGES.map((days) => ({ value: String(days), label: t("days", { count: days }) }));
  const filtered = filter.kind !== undefined || filter.country !== undefined || filter.minDays !== undefined;
  return (
    <form action={localisedPath(locale, "/moderation")} method="get" aria-label={t("label")} className="flex flex-wrap items-end gap-4 rounded-lg border border-slate-200 bg-slate-50 p-4 text-sm">
      <FilterSelect id="queue-kind" name="kind" label={t("kind")} anyLabel={t("allKinds")} options={kinds} value={filter.kind} className="min-w-40" />
      <FilterSelect id="queue-country" name="country" label={t("country")} anyLabel={t("allCountries")} options={countries} value={filter.country} className="min-w-48" />
      <FilterSelect id="queue-age" name="minDays" label={t("waiting")} anyLabel={t("anyTime")} options={ages} value={filter.minDays?.toString()} className="min-w-48" />
      <button type="submit" className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
        {t("submit")}
      </button>
      {filtered && (
        <Link href="/moderation" className="self-center">
          {t("clear")}
        </Link>
      )}
    </form>
  );
}
