// A horizontal bar chart drawn with CSS, paired with a table of the same
// numbers. The bars are hidden from assistive technology: the table beside
// them says the same, exactly.

import { useLocale, useTranslations } from "next-intl";
import { formatNumber, formatShare } from "@/lib/format/numbers";
import { FigureCell, FigureRow, FigureTable } from "@/components/ui/figure-table";
import { Section } from "@/components/ui/section";

// A chart has up to 80 bars (the start years): their look is said once, on
// the chart, instead of on every bar, which keeps the page and its rendering small.
const BARS =
  "space-y-1 *:grid *:grid-cols-[minmax(5rem,40%)_1fr] *:items-center *:gap-2 *:text-sm sm:*:grid-cols-[minmax(6rem,12rem)_1fr] " +
  "[&>div>span:first-child]:truncate [&>div>span:first-child]:text-right [&>div>span:first-child]:text-slate-700 " +
  "[&>div>span:last-child]:flex [&>div>span:last-child]:items-center [&>div>span:last-child]:gap-2 " +
  "[&_span_span:not(:last-child)]:h-4 [&_span_span:not(:last-child)]:rounded-sm [&_span_span:not(:last-child)]:bg-brand-600 " +
  "[&_span_span:last-child]:tabular-nums";

export type BarRow = { key: string; label: string; count: number };

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
      <div className="mt-4 grid gap-6 lg:grid-cols-2">
        <div aria-hidden="true" className={BARS}>
          {rows.map((r) => (
            <div key={r.key}>
              <span title={r.label}>{r.label}</span>
              <span>
                {r.count > 0 && <span style={{ width: `${(100 * r.count) / max}%` }} />}
                <span className={r.count === 0 ? "text-slate-600" : "text-slate-900"}>{formatNumber(r.count, locale)}</span>
              </span>
            </div>
          ))}
        </div>
        <FigureTable caption={t("caption", { title })} className="self-start" columns={[{ label: column }, { label: t("entries"), numeric: true }, { label: t("share"), numeric: true }]}>
          {rows.map((r) => (
            <FigureRow key={r.key} label={r.label}>
              <FigureCell>{formatNumber(r.count, locale)}</FigureCell>
              <FigureCell muted>{formatShare(r.count, total, locale)}</FigureCell>
            </FigureRow>
          ))}
        </FigureTable>
      </div>
    </Section>
  );
}
