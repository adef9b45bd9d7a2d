// A chart of counts as a table that draws its own bars: each row's label sits
// on a bar as long as its count, next to the count and its share. One element
// per number instead of a chart and a table saying the same twice (half the
// statistics page was its charts' duplicate markup).

import { useLocale, useTranslations } from "next-intl";
import { formatNumber, formatShare } from "@/lib/format/numbers";
import { FigureTable } from "@/components/ui/figure-table";
import { Section } from "@/components/ui/section";

export type BarRow = { label: string; count: number };

type BarChartProps = {
  id: string;
  title: string;
  description: string;
  /** The heading of the table's first column: "Kind", "Start year"… */
  column: string;
  rows: BarRow[];
  total: number;
};

export function BarChart({ id, title, description, column, rows, total }: BarChartProps) {
  const locale = useLocale();
  const t = useTranslations("statistics.chart");
  const max = Math.max(1, ...rows.map((r) => r.count));
  return (
    <Section id={id} title={title} intro={description} className="border-t border-slate-200 pt-6">
      <FigureTable
        caption={t("caption", { title })}
        className="mt-4"
        columns={[{ label: column }, { label: t("entries"), numeric: true }, { label: t("share"), numeric: true }]}
        rows={rows.map((r) => ({
          label: r.label,
          bar: r.count / max,
          cells: [
            { text: formatNumber(r.count, locale), muted: r.count === 0 },
            { text: formatShare(r.count, total, locale), muted: true },
          ],
        }))}
      />
    </Section>
  );
}
