import type { ReactNode } from "react";
import { ScrollTable } from "./scroll-region";
import { tableRowsHtml, type TableRow } from "./static-html";

// Tables of counts beside a chart or a map: compact rows, the label naming
// each row, numbers right-aligned in even-width digits. The table sits in its
// own scroll box, named by the caption, so it never widens the page. Its cells'
// look is said once, by the table's class (.figure-table in app/globals.css),
// and its rows are one string of HTML (ADR 023): a statistics page has over a
// thousand cells, which as elements cost the server and the phone more than
// the rest of the page.

export type FigureColumn = { label: ReactNode; numeric?: boolean };

/** A number; one that is nothing (zero, a dash) can be muted. */
export type FigureCell = { text: string; muted?: boolean };

/**
 * One row: what it counts (a link where it has a page), then its numbers. With
 * `bar`, the label cell takes the table's spare width and a bar of that length
 * is drawn behind it, so the table is its own bar chart.
 */
export type FigureRow = Omit<TableRow, "cells"> & { cells: readonly FigureCell[] };

type FigureTableProps = {
  caption: ReactNode;
  captionId?: string;
  columns: FigureColumn[];
  rows: readonly FigureRow[];
  /** Headers stay in view while a long table scrolls in its box. */
  stickyHeader?: boolean;
  /** Classes of the scroll box: a height limit, a border, its place in a grid. */
  className?: string;
};

const tableRow = (row: FigureRow): TableRow => ({ ...row, cells: row.cells.map((c) => (c.muted ? { text: c.text, className: "text-slate-600" } : { text: c.text })) });

export function FigureTable({ caption, captionId, columns, rows, stickyHeader = false, className }: FigureTableProps) {
  return (
    <ScrollTable
      caption={caption}
      captionId={captionId}
      captionClassName="pb-2 text-left font-semibold text-slate-900"
      tableClassName={stickyHeader ? "figure-table sticky-head" : "figure-table"}
      className={className}
      header={columns.map((c, i) => (
        <th key={i} scope="col" {...(c.numeric && { className: "text-right" })}>
          {c.label}
        </th>
      ))}
      rowsHtml={tableRowsHtml(rows.map(tableRow))}
    />
  );
}
