import Link from "next/link";
import { rowLabel } from "@/lib/imports/row-label";
import { isLikelyDuplicate, type CheckedRow } from "@/lib/imports/schema";
import { Cell, DataTable, Row, RowHeader } from "@/components/ui/data-table";
import { DuplicateSummary } from "@/components/ui/likely-duplicates";

function status(row: CheckedRow): string {
  if (row.content === null) return "Error";
  return isLikelyDuplicate(row) ? "Likely duplicate" : "Ready";
}

function RowMessages({ row, format }: { row: CheckedRow; format: string }) {
  const items = [
    ...row.errors.map((e, i) => (
      <li key={`e${i}`} className="text-red-800">
        <span className="font-semibold">{e.column}:</span> {e.message}
      </li>
    )),
    ...row.duplicates.map((d) => (
      <li key={`d${d.slug}`}>
        Looks like <DuplicateSummary duplicate={d} />
      </li>
    )),
    ...row.openProposals.map((p) => (
      <li key={`p${p.id}`}>
        Looks like the open proposal <Link href={`/moderation/${p.id}`}>{p.title}</Link>
      </li>
    )),
    ...(row.sameAsRow === null ? [] : [<li key="same">Same title and kind as {rowLabel(format, row.sameAsRow).toLowerCase()} of this file</li>]),
    ...row.notes.map((n, i) => <li key={`n${i}`}>{n}</li>),
  ];
  if (items.length === 0) return <span className="text-slate-600">None</span>;
  return <ul className="space-y-1">{items}</ul>;
}

/** One line per row of the file: where it is, what it is called, and what the check found. */
export function RowReport({ rows, format, caption }: { rows: CheckedRow[]; format: string; caption: string }) {
  return (
    <DataTable caption={caption} columns={[format === "csv" ? "Line" : "Item", "Title", "Status", "Messages"]}>
      {rows.map((row) => (
        <Row key={row.row}>
          <Cell>{row.row}</Cell>
          <RowHeader className="break-words font-semibold">{row.title || <span className="font-normal text-slate-600">No title</span>}</RowHeader>
          <Cell className="whitespace-nowrap">{status(row)}</Cell>
          <Cell>
            <RowMessages row={row} format={format} />
          </Cell>
        </Row>
      ))}
    </DataTable>
  );
}
