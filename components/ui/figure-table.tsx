import type { ReactNode } from "react";
import { ScrollTable } from "./scroll-region";

// Tables of counts beside a chart or a map: compact rows, the label naming
// each row, numbers right-aligned in even-width digits. The last column
// needs no gap after it. The table sits in its own scroll box, named by the
// caption, so it never widens the page.

const GAP = "py-1 pr-3 last:pr-0";

export type FigureColumn = { label: ReactNode; numeric?: boolean };

type FigureTableProps = {
  caption: ReactNode;
  captionId?: string;
  columns: FigureColumn[];
  /** Headers stay in view while a long table scrolls in its box. */
  stickyHeader?: boolean;
  /** Classes of the scroll box: a height limit, a border, its place in a grid. */
  className?: string;
  children: ReactNode;
};

export function FigureTable({ caption, captionId, columns, stickyHeader = false, className, children }: FigureTableProps) {
  return (
    <ScrollTable
      caption={caption}
      captionId={captionId}
      captionClassName="pb-2 text-left font-semibold text-slate-900"
      tableClassName="w-full text-sm"
      headRowClassName="border-b border-slate-300 text-left"
      className={className}
      header={columns.map((c, i) => (
        <th key={i} scope="col" className={`${stickyHeader ? "sticky top-0 bg-white " : ""}${GAP} ${c.numeric ? "text-right " : ""}font-semibold`}>
          {c.label}
        </th>
      ))}
    >
      {children}
    </ScrollTable>
  );
}

// A data bar behind the label: light enough for the label's text to keep its
// contrast, and only a picture of the numbers the row says in words.
const BAR_COLOUR = "#c7defa";

/**
 * One row: what it counts, then its numbers. With `bar` (the row's share of
 * the largest, 0 to 1), the label cell takes the table's spare width and a bar
 * of that length is drawn behind it, so the table is its own bar chart.
 */
export function FigureRow({ label, bar, children }: { label: ReactNode; bar?: number; children: ReactNode }) {
  const percent = bar === undefined ? null : Math.round(Math.min(1, Math.max(0, bar)) * 1000) / 10;
  return (
    <tr className="border-b border-slate-100">
      <th
        scope="row"
        className={`${GAP} text-left font-normal${percent === null ? "" : " w-full pl-1"}`}
        style={percent ? { backgroundImage: `linear-gradient(to right, ${BAR_COLOUR} ${percent}%, transparent ${percent}%)` } : undefined}
      >
        {label}
      </th>
      {children}
    </tr>
  );
}

/** A number; one that is nothing (zero, a dash) can be muted. */
export function FigureCell({ muted = false, children }: { muted?: boolean; children: ReactNode }) {
  return <td className={`${GAP} text-right tabular-nums${muted ? " text-slate-600" : ""}`}>{children}</td>;
}
