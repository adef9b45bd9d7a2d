import { getLocale, getTranslations } from "next-intl/server";
import type { EntryFacet } from "@/lib/catalogue/vocabularies";
import { labelCollator } from "@/lib/format/lists";
import type { Locale } from "@/lib/i18n/locales";
import { matrixCsvPath, type CatalogueStatistics, type StatisticsSelection, type TermCount } from "@/lib/stats";
import { vocabularyLabel } from "@/lib/thesaurus/vocabulary-labels";
import { BarChart, type BarRow } from "./bar-chart";
import { LevelMatrix } from "./level-matrix";

type StatisticsTranslator = Awaited<ReturnType<typeof getTranslations<"statistics">>>;

const isFacet = (id: EntryFacet | "year"): id is EntryFacet => id !== "year";

function facetRows(facet: EntryFacet, terms: TermCount[], locale: Locale, byCount: boolean): BarRow[] {
  const rows = terms.map((term) => ({ label: vocabularyLabel(facet, term.value, locale), count: term.count }));
  if (!byCount) return rows;
  // Most entries first, for vocabularies with no natural order; ties in the language's alphabet.
  const collator = labelCollator(locale);
  return rows.sort((a, b) => b.count - a.count || collator.compare(a.label, b.label));
}

function yearRows(stats: CatalogueStatistics, t: StatisticsTranslator): BarRow[] {
  const years = stats.byStartYear.map((y) => ({ label: String(y.year), count: y.count }));
  return [...years, { label: t("charts.noStartYear"), count: stats.withoutStartYear }];
}

const CHARTS = ["kind", "level", "theme", "country", "year"] as const;

export async function StatisticsFigures({ stats, selection }: { stats: CatalogueStatistics; selection: StatisticsSelection }) {
  const [t, locale] = await Promise.all([getTranslations("statistics"), getLocale()]);
  const { selected, partners } = stats.matrixCountries;
  const [only] = selection.filters.country.length === 1 ? selection.filters.country : [];
  const rowsOf = (id: (typeof CHARTS)[number]): BarRow[] =>
    isFacet(id) ? facetRows(id, stats.byFacet[id], locale, id === "theme" || id === "country") : yearRows(stats, t);
  // A facet with values selected is counted as the search counts it: without its own selection.
  const ownSelection = (id: (typeof CHARTS)[number]) => isFacet(id) && selection.filters[id].length > 0;
  return (
    <div className="space-y-10">
      {CHARTS.map((id) => (
        <BarChart
          key={id}
          id={id}
          title={t(`charts.${id}.title`)}
          column={t(`charts.${id}.column`)}
          description={ownSelection(id) ? t("charts.withOwnSelection", { description: t(`charts.${id}.description`) }) : t(`charts.${id}.description`)}
          rows={rowsOf(id)}
          total={isFacet(id) ? stats.facetTotals[id] : stats.total}
        />
      ))}
      <LevelMatrix
        cells={stats.countryByLevel}
        countries={selected}
        title={only ? t("matrix.oneCountry", { country: vocabularyLabel("country", only, locale) }) : selection.filters.country.length > 0 ? t("matrix.selectedCountries") : undefined}
        actions={
          <a href={matrixCsvPath(selection)} download>
            {t("matrix.download")}
          </a>
        }
      />
      {partners.length > 0 && (
        <LevelMatrix
          id="partners"
          cells={stats.countryByLevel}
          countries={partners}
          title={t("matrix.partnersTitle")}
          caption={t("matrix.partnersCaption")}
          intro={t("matrix.partnersIntro")}
        />
      )}
    </div>
  );
}
