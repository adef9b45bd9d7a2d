import { getLocale, getTranslations } from "next-intl/server";
import { FACETS, type Facet } from "@/lib/catalogue/vocabularies";
import { localisedPath } from "@/lib/i18n/locales";
import { Link } from "@/lib/i18n/navigation";
import { isWholeCatalogue, statisticsPath, type StatisticsSelection } from "@/lib/stats";
import { facetValueLabel } from "@/lib/search/facet-value-labels";
import { FilterChip } from "@/components/search/filter-chip";

function without(selection: StatisticsSelection, facet: Facet, value: string): string {
  return statisticsPath({ ...selection, filters: { ...selection.filters, [facet]: selection.filters[facet].filter((v) => v !== value) } });
}

/** The selection's filters, each a link to the same statistics without it. */
export async function ActiveSelection({ selection }: { selection: StatisticsSelection }) {
  if (isWholeCatalogue(selection)) return null;
  const [t, facets, locale] = await Promise.all([getTranslations("statistics"), getTranslations("ui.facets"), getLocale()]);
  // FilterChip takes the address as it is (a plain next/link): it gets the page's language here.
  const chipPath = (path: string) => localisedPath(locale, path);
  return (
    <div className="flex flex-wrap items-center gap-2" aria-label={t("activeFilters")} role="group">
      {selection.q && (
        <FilterChip href={chipPath(statisticsPath({ ...selection, q: "" }))} name={t("words")} label={t("removeWords", { q: selection.q })}>
          {t("quoted", { q: selection.q })}
        </FilterChip>
      )}
      {FACETS.flatMap((facet) =>
        selection.filters[facet].map((value) => {
          const label = facetValueLabel(facet, value, locale);
          const name = facets(facet);
          return (
            <FilterChip key={`${facet}-${value}`} href={chipPath(without(selection, facet, value))} name={name} label={t("removeFilter", { facet: name, value: label })}>
              {label}
            </FilterChip>
          );
        }),
      )}
      <Link href="/statistics" className="text-sm">
        {t("clearAll")}
      </Link>
    </div>
  );
}
