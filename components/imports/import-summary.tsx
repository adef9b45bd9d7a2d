import { useLocale, useTranslations } from "next-intl";
import { isLikelyDuplicate, type CheckedRow } from "@/lib/imports/schema";
import { formatNumber } from "@/lib/format/numbers";

/** The dry run in four numbers. */
export function ImportSummaryCounts({ rows }: { rows: CheckedRow[] }) {
  const t = useTranslations("imports.summary");
  const locale = useLocale();
  const valid = rows.filter((r) => r.content !== null).length;
  const counts = [
    { label: t("rows"), value: rows.length },
    { label: t("ready"), value: valid },
    { label: t("errors"), value: rows.length - valid },
    { label: t("duplicates"), value: rows.filter(isLikelyDuplicate).length },
  ];
  return (
    <dl className="grid max-w-3xl grid-cols-2 gap-3 sm:grid-cols-4">
      {counts.map((c) => (
        <div key={c.label} className="rounded-md border border-slate-300 p-3">
          <dt className="text-sm text-slate-700">{c.label}</dt>
          <dd className="text-2xl font-bold">{formatNumber(c.value, locale)}</dd>
        </div>
      ))}
    </dl>
  );
}
