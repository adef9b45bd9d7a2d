import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import { isLikelyDuplicate, type CheckedRow } from "@/lib/imports/schema";
import { Cell, DataTable, Row, RowHeader } from "@/components/ui/data-table";
import { DuplicateSummary } from "@/components/ui/likely-duplicates";
import { useProblemText } from "@/components/forms/problem-text";

function RowMessages({ row, format }: { row: CheckedRow; format: string }) {
  const t = useTranslations("imports.report");
  const say = useProblemText();
  const items = [
    ...row.errors.map((e, i) => (
      <li key={`e${i}`} className="text-red-800">
        <span className="font-semibold">{e.column}:</span> {say(e.message)}
      </li>
    )),
    ...row.duplicates.map((d) => <li key={`d${d.slug}`}>{t.rich("looksLike", { duplicate: () => <DuplicateSummary duplicate={d} /> })}</li>),
    ...row.openProposals.map((p) => (
      <li key={`p${p.id}`}>{t.rich("looksLikeProposal", { title: p.title, link: (chunks) => <Link href={`/moderation/${p.id}`}>{chunks}</Link> })}</li>
    )),
    ...(row.sameAsRow === null ? [] : [<li key="same">{t(format === "csv" ? "sameAsLine" : "sameAsItem", { n: row.sameAsRow })}</li>]),
    ...row.notes.map((n, i) => <li key={`n${i}`}>{n}</li>),
  ];
  if (items.length === 0) return <span className="text-slate-600">{t("none")}</span>;
  return <ul className="space-y-1">{items}</ul>;
}

/** One line per row of the file: where it is, what it is called, and what the check found. */
export function RowReport({ rows, format, caption }: { rows: CheckedRow[]; format: string; caption: string }) {
  const t = useTranslations("imports.report");
  const status = (row: CheckedRow) => (row.content === null ? t("error") : isLikelyDuplicate(row) ? t("duplicate") : t("ready"));
  return (
    <DataTable caption={caption} columns={[format === "csv" ? t("line") : t("item"), t("title"), t("status"), t("messages")]}>
      {rows.map((row) => (
        <Row key={row.row}>
          <Cell>{row.row}</Cell>
          <RowHeader className="break-words font-semibold">{row.title || <span className="font-normal text-slate-600">{t("noTitle")}</span>}</RowHeader>
          <Cell className="whitespace-nowrap">{status(row)}</Cell>
          <Cell>
            <RowMessages row={row} format={format} />
          </Cell>
        </Row>
      ))}
    </DataTable>
  );
}
