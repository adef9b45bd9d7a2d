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

export function StatisticsFigures({ stats }: { stats: CatalogueStatistics }) {
  const { byFacet, total } = stats;
  return (
    <div className="space-y-10">
      <BarChart id="kind" title="Kinds" column="Kind" description="Entries of each kind. Every entry has exactly one." rows={toRows(byFacet.kind)} total={total} />
      <BarChart
        id="level"
        title="Education levels"
        column="Education level"
        description="Entries for each education level. An entry may name several levels, or none."
        rows={toRows(byFacet.level)}
        total={total}
      />
      <BarChart
        id="theme"
        title="Themes"
        column="Theme"
        description="Entries for each theme, most frequent first. An entry may have several themes."
        rows={toRows(byCount(byFacet.theme))}
        total={total}
      />
      <BarChart
        id="country"
        title="Countries"
        column="Country"
        description="Entries for each country, most first. An entry may concern several countries."
        rows={toRows(byCount(byFacet.country))}
        total={total}
      />
      <BarChart
        id="year"
        title="Start years"
        column="Start year"
        description="Entries by the year they started, from the earliest to the latest; entries without a start year are counted last."
        rows={yearRows(stats)}
        total={total}
      />
      <LevelMatrix cells={stats.countryByLevel} />
    </div>
  );
}
