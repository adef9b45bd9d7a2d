import { labelOf, type Facet } from "@/lib/catalogue/vocabularies";
import { matrixCsvPath, type CatalogueStatistics, type StatisticsSelection, type TermCount } from "@/lib/stats";
import { BarChart, type BarRow } from "./bar-chart";
import { LevelMatrix } from "./level-matrix";

const toRows = (terms: TermCount[]): BarRow[] => terms.map((t) => ({ key: t.value, label: t.label, count: t.count }));

/** Most entries first: for vocabularies with no natural order. */
const byCount = (terms: TermCount[]) => [...terms].sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));

function yearRows(stats: CatalogueStatistics): BarRow[] {
  const years = stats.byStartYear.map((y) => ({ key: String(y.year), label: String(y.year), count: y.count }));
  return [...years, { key: "none", label: "No start year", count: stats.withoutStartYear }];
}

type Chart = { id: Facet | "year"; title: string; column: string; description: string; rows: (stats: CatalogueStatistics) => BarRow[] };

const isFacet = (id: Chart["id"]): id is Facet => id !== "year";

/** A facet with values selected is counted as the search counts it: without its own selection. */
function ownSelectionNote(id: Chart["id"], selection: StatisticsSelection): string {
  if (!isFacet(id) || selection.filters[id].length === 0) return "";
  return " As in the search's filters, this chart leaves out its own selection, so the values you did not choose show what choosing them would add; the shares are of those entries.";
}

const CHARTS: Chart[] = [
  { id: "kind", title: "Kinds", column: "Kind", description: "Entries of each kind. Every entry has exactly one.", rows: (s) => toRows(s.byFacet.kind) },
  {
    id: "level",
    title: "Education levels",
    column: "Education level",
    description: "Entries for each education level. An entry may name several levels, or none.",
    rows: (s) => toRows(s.byFacet.level),
  },
  {
    id: "theme",
    title: "Themes",
    column: "Theme",
    description: "Entries for each theme, most frequent first. An entry may have several themes.",
    rows: (s) => toRows(byCount(s.byFacet.theme)),
  },
  {
    id: "country",
    title: "Countries",
    column: "Country",
    description: "Entries for each country, most first. An entry may concern several countries.",
    rows: (s) => toRows(byCount(s.byFacet.country)),
  },
  {
    id: "year",
    title: "Start years",
    column: "Start year",
    description: "Entries by the year they started, from the earliest to the latest; entries without a start year are counted last.",
    rows: yearRows,
  },
];

export function StatisticsFigures({ stats, selection }: { stats: CatalogueStatistics; selection: StatisticsSelection }) {
  const { selected, partners } = stats.matrixCountries;
  const [only] = selection.filters.country.length === 1 ? selection.filters.country : [];
  return (
    <div className="space-y-10">
      {CHARTS.map(({ rows, description, ...chart }) => (
        <BarChart
          key={chart.id}
          {...chart}
          description={description + ownSelectionNote(chart.id, selection)}
          rows={rows(stats)}
          total={isFacet(chart.id) ? stats.facetTotals[chart.id] : stats.total}
        />
      ))}
      <LevelMatrix
        cells={stats.countryByLevel}
        countries={selected}
        title={only ? `${labelOf("country", only)} and education levels` : selection.filters.country.length > 0 ? "The selected countries and education levels" : undefined}
        actions={
          <a href={matrixCsvPath(selection)} download>
            Download this table as CSV
          </a>
        }
      />
      {partners.length > 0 && (
        <LevelMatrix
          id="partners"
          cells={stats.countryByLevel}
          countries={partners}
          title="Partner countries"
          caption="Partner countries: entries per country (rows) and education level (columns)"
          intro={`Other countries that the selected entries also concern, such as the partners of a multi-country programme: the same entries, counted under each country they name. They are not part of the selection.`}
        />
      )}
    </div>
  );
}
