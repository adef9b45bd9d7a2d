import Link from "next/link";
import { labelOf } from "@/lib/catalogue/vocabularies";
import { rowLabel } from "@/lib/imports/row-label";
import { isLikelyDuplicate, type CheckedRow } from "@/lib/imports/schema";

const CELL = "px-3 py-2 align-top";

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
        Looks like <Link href={`/entries/${d.slug}`}>{d.title}</Link> ({labelOf("kind", d.kind)}): {d.reasons.join(", ")}
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
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-left text-sm">
        <caption className="pb-2 text-left text-base font-semibold">{caption}</caption>
        <thead className="border-b-2 border-slate-300 bg-slate-50">
          <tr>
            <th scope="col" className={CELL}>{format === "csv" ? "Line" : "Item"}</th>
            <th scope="col" className={CELL}>Title</th>
            <th scope="col" className={CELL}>Status</th>
            <th scope="col" className={CELL}>Messages</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.row} className="border-b border-slate-200">
              <td className={CELL}>{row.row}</td>
              <th scope="row" className={`${CELL} break-words font-semibold`}>
                {row.title || <span className="font-normal text-slate-600">No title</span>}
              </th>
              <td className={`${CELL} whitespace-nowrap`}>{status(row)}</td>
              <td className={CELL}>
                <RowMessages row={row} format={format} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
