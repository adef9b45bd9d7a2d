"use client";

import Link from "next/link";

// The rows of a figure table (./figure-table.tsx) as data, rendered here.
// A client component on purpose: a server component's every element travels
// in the RSC payload, is read back to render the HTML and is inlined in the
// page again; a client component's props are only its numbers and labels.
// A statistics page has over a thousand cells (ADR 022).

/** A number, a muted one (zero, a dash), one with a class of its own (a shade), or none at all. */
export type FigureCellData = string | { text: string; muted: true } | { text: string; className: string } | { none: string };

export type FigureRowData = {
  key: string;
  label: string;
  /** The label as a link to the page the row counts, the language already in the path (a plain next/link without prefetch, as lib/i18n/navigation.ts explains). */
  href?: string;
  /** The row's share of the largest, 0 to 1: a bar of that length is drawn behind its label. */
  bar?: number;
  cells: FigureCellData[];
};

// The length of a row's bar, read by .figure-table .bar's gradient (app/globals.css).
declare module "react" {
  interface CSSProperties {
    "--bar"?: string;
  }
}

function barStyle(bar: number | undefined) {
  if (bar === undefined) return undefined;
  const percent = Math.round(Math.min(1, Math.max(0, bar)) * 1000) / 10;
  return { className: "bar", style: percent > 0 ? { "--bar": `${percent}%` } : undefined };
}

function FigureCell({ cell }: { cell: FigureCellData }) {
  if (typeof cell === "string") return <td>{cell}</td>;
  if ("none" in cell)
    return (
      <td>
        <span aria-hidden="true">—</span>
        <span className="sr-only">{cell.none}</span>
      </td>
    );
  return <td className={"muted" in cell ? "text-slate-600" : cell.className}>{cell.text}</td>;
}

export function FigureRows({ rows }: { rows: FigureRowData[] }) {
  return rows.map((row) => (
    <tr key={row.key}>
      <th scope="row" {...barStyle(row.bar)}>
        {row.href ? (
          <Link href={row.href} prefetch={false}>
            {row.label}
          </Link>
        ) : (
          row.label
        )}
      </th>
      {row.cells.map((cell, i) => (
        <FigureCell key={i} cell={cell} />
      ))}
    </tr>
  ));
}
