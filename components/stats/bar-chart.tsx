// A horizontal bar chart drawn with CSS, paired with a table of the same
// numbers. The bars are hidden from assistive technology: the table beside
// them says the same, exactly.

import { formatNumber, formatShare } from "@/lib/format/numbers";

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
  const max = Math.max(1, ...rows.map((r) => r.count));
  return (
    <section aria-labelledby={`${id}-heading`} className="border-t border-slate-200 pt-6">
      <h2 id={`${id}-heading`} className="text-xl font-semibold">
        {title}
      </h2>
      <p className="mt-1 max-w-3xl text-sm text-slate-700">{description}</p>
      <div className="mt-4 grid gap-6 lg:grid-cols-2">
        <div aria-hidden="true" className="space-y-1">
          {rows.map((r) => (
            <div key={r.key} className="grid grid-cols-[minmax(6rem,12rem)_1fr] items-center gap-2 text-sm">
              <span className="truncate text-right text-slate-700" title={r.label}>
                {r.label}
              </span>
              <span className="flex items-center gap-2">
                {r.count > 0 && <span className="h-4 rounded-sm bg-brand-600" style={{ width: `${(100 * r.count) / max}%` }} />}
                <span className={`tabular-nums ${r.count === 0 ? "text-slate-600" : "text-slate-900"}`}>{formatNumber(r.count)}</span>
              </span>
            </div>
          ))}
        </div>
        <table className="w-full self-start text-sm">
          <caption className="pb-2 text-left font-semibold text-slate-900">{title}: the numbers</caption>
          <thead>
            <tr className="border-b border-slate-300 text-left">
              <th scope="col" className="py-1 pr-3 font-semibold">
                {column}
              </th>
              <th scope="col" className="py-1 pr-3 text-right font-semibold">
                Entries
              </th>
              <th scope="col" className="py-1 text-right font-semibold">
                Share of entries
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.key} className="border-b border-slate-100">
                <th scope="row" className="py-1 pr-3 text-left font-normal">
                  {r.label}
                </th>
                <td className="py-1 pr-3 text-right tabular-nums">{formatNumber(r.count)}</td>
                <td className="py-1 text-right tabular-nums text-slate-700">{formatShare(r.count, total)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
