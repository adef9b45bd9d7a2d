import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import type { SearchParams } from "@/lib/http/search-params";
import { searchQueryString, toURLSearchParams } from "@/lib/search/query";
import { tidyAddress } from "@/lib/http/tidy-address";
import { localisedPath } from "@/lib/i18n/locales";
import { Link } from "@/lib/i18n/navigation";
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
  const [t, locale] = await Promise.all([getTranslations("statistics"), getLocale()]);
  return {
    title: whole ? t("title") : t("titleSelection"),
    description: t("description"),
    // Every selection has its own address; only the whole catalogue's is worth indexing.
    robots: whole ? undefined : { index: false, follow: true },
    alternates: { canonical: absoluteUrl(localisedPath(locale, statisticsPath(selection))) },
  };
}

export default async function StatisticsPage({ searchParams }: Props) {
  const params = toURLSearchParams(await searchParams);
  const { selection, problems } = parseStatisticsSelection(params);
  const [t, locale] = await Promise.all([getTranslations("statistics"), getLocale()]);
  const tidy = problems.length === 0 ? tidyAddress("/statistics", params, searchQueryString(selection)) : null;
  if (tidy) redirect(localisedPath(locale, tidy));
  const stats = await catalogueStatistics(selection);
  const whole = isWholeCatalogue(selection);
  return (
    <div>
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="mt-3 max-w-3xl text-slate-700">{t("intro")}</p>
      <div className="mt-8 grid gap-8 md:grid-cols-[17rem_minmax(0,1fr)]">
        <aside aria-label={t("filters")}>
          <StatisticsFilterForm selection={selection} />
        </aside>
        <div className="min-w-0 space-y-6">
          <SelectionProblems problems={problems} />
          <div className="space-y-3 rounded-lg bg-brand-50 px-5 py-4">
            <p className="text-lg">
              {t.rich(whole ? "totalWhole" : "totalSelection", {
                count: stats.total,
                number: formatNumber(stats.total, locale),
                strong: (chunks) => <span className="text-2xl font-bold">{chunks}</span>,
              })}
            </p>
            <ActiveSelection selection={selection} />
            {stats.total > 0 && (
              <p className="text-sm">
                <Link href={selectionSearchPath(selection)}>{whole ? t("browseAll") : t("browseSelection")}</Link>
              </p>
            )}
          </div>
          {stats.total > 0 ? (
            <StatisticsFigures stats={stats} selection={selection} />
          ) : (
            <EmptyState title={t("emptyTitle")} message={whole ? t("emptyWhole") : t("emptySelection")} />
          )}
        </div>
      </div>
    </div>
  );
}
