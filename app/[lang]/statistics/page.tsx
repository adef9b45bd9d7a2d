import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import type { SearchParams } from "@/lib/http/search-params";
import { searchQueryString, toURLSearchParams } from "@/lib/search/query";
import { tidyAddress } from "@/lib/http/tidy-address";
import { absoluteUrl } from "@/lib/site-url";
import { catalogueStatistics, isWholeCatalogue, parseStatisticsSelection, selectionSearchPath, statisticsPath } from "@/lib/stats";
import { ActiveSelection } from "@/components/stats/active-selection";
import { SelectionProblems } from "@/components/stats/selection-problems";
import { StatisticsFigures } from "@/components/stats/statistics-figures";
import { StatisticsFilterForm } from "@/components/stats/statistics-filter-form";
import { formatNumber } from "@/lib/format/numbers";
import { EmptyState } from "@/components/ui/empty-state";

export const dynamic = "force-dynamic";

type Props = { searchParams: SearchParams };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const { selection } = parseStatisticsSelection(toURLSearchParams(await searchParams));
  const whole = isWholeCatalogue(selection);
  return {
    title: whole ? "Statistics" : "Statistics of a selection",
    description: "What the catalogue holds: entries by kind, country, education level, theme and start year, and where it has nothing yet.",
    // Every selection has its own address; only the whole catalogue's is worth indexing.
    robots: whole ? undefined : { index: false, follow: true },
    alternates: { canonical: absoluteUrl(statisticsPath(selection)) },
  };
}

export default async function StatisticsPage({ searchParams }: Props) {
  const params = toURLSearchParams(await searchParams);
  const { selection, problems } = parseStatisticsSelection(params);
  const tidy = problems.length === 0 ? tidyAddress("/statistics", params, searchQueryString(selection)) : null;
  if (tidy) redirect(tidy);
  const stats = await catalogueStatistics(selection);
  const whole = isWholeCatalogue(selection);
  return (
    <div>
      <h1 className="text-3xl font-bold">Statistics</h1>
      <p className="mt-3 max-w-3xl text-slate-700">
        What the catalogue holds, counted over its published entries: by kind, education level, theme, country and start year, and
        which countries and levels it has nothing for yet. Narrow the count with the same filters as the search.
      </p>
      <div className="mt-8 grid gap-8 md:grid-cols-[17rem_minmax(0,1fr)]">
        <aside aria-label="Filters">
          <StatisticsFilterForm selection={selection} />
        </aside>
        <div className="min-w-0 space-y-6">
          <SelectionProblems problems={problems} />
          <div className="space-y-3 rounded-lg bg-brand-50 px-5 py-4">
            <p className="text-lg">
              <span className="text-2xl font-bold">{formatNumber(stats.total)}</span>{" "}
              {whole ? "published entries in the catalogue" : `published ${stats.total === 1 ? "entry matches" : "entries match"} this selection`}
            </p>
            <ActiveSelection selection={selection} />
            {stats.total > 0 && (
              <p className="text-sm">
                <Link href={selectionSearchPath(selection)}>{whole ? "Browse every entry in search" : "See these entries in search"}</Link>
              </p>
            )}
          </div>
          {stats.total > 0 ? (
            <StatisticsFigures stats={stats} selection={selection} />
          ) : (
            <EmptyState
              title="Nothing to count"
              message={whole ? "The catalogue has no published entries yet." : "No published entry matches this selection. Remove a filter or two to widen it."}
            />
          )}
        </div>
      </div>
    </div>
  );
}
