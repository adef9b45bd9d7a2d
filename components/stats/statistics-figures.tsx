import type { CatalogueStatistics, TermCount } from "@/lib/stats";
import { BarChart, type BarRow } from "./bar-chart";
import { LevelMatrix } from "./level-matrix";

const toRows = (terms: TermCount[]): BarRow[] => terms.map((t) => ({ key: t.value, label: t.label, count: t.count }));

/** Most entries first: for vocabularies with no natural order. */
const byCount = (terms: TermCount[]) => [...terms].sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));

function yearRows(stats: CatalogueStatistics): BarRow[] {
  const years = stats.byStartYear.map((y) => ({ key: String(y.year), label: String(y.year), count: y.count }));
  return [...years, { key: "none", label: "No start year", count: stats.withoutStartYear }];
}

type Chart = { id: string; title: string; column: string; description: string; rows: (stats: CatalogueStatistics) => BarRow[] };

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

export function StatisticsFigures({ stats }: { stats: CatalogueStatistics }) {
  return (
    <div className="space-y-10">
      {CHARTS.map(({ rows, ...chart }) => (
        <BarChart key={chart.id} {...chart} rows={rows(stats)} total={stats.total} />
      ))}
      <LevelMatrix cells={stats.countryByLevel} />
    </div>
  );
}
