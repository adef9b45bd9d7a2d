import { getTranslations } from "next-intl/server";
import type { DirectoryQuery } from "@/lib/alliance/directory-query";
import { FilterSelect } from "@/components/ui/filter-select";

type Option = { value: string; label: string };

/** The directory's facets as a plain GET form: it works without JavaScript, and the address keeps the filters. */
export async function DirectoryFilters({ query, countries, types }: { query: DirectoryQuery; countries: Option[]; types: Option[] }) {
  const t = await getTranslations("alliance.filters");
  return (
    <form method="get" aria-label={t("heading")} className="flex flex-wrap items-end gap-4 rounded-lg border border-slate-300 p-3">
      <FilterSelect id="alliance-country" name="country" label={t("country")} anyLabel={t("anyCountry")} options={countries} value={query.country} className="min-w-0 flex-1 basis-48" />
      <FilterSelect id="alliance-type" name="type" label={t("type")} anyLabel={t("anyType")} options={types} value={query.type} className="min-w-0 flex-1 basis-48" />
      <button type="submit" className="rounded-md bg-brand-900 px-4 py-2 font-semibold text-white hover:bg-brand-800">
        {t("submit")}
      </button>
    </form>
  );
}
