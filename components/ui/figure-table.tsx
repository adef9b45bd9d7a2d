import type { ReactNode } from "react";
import { ScrollTable } from "./scroll-region";

// Tables of counts beside a chart or a map: compact rows, the label naming
// each row, numbers right-aligned in even-width digits. The table sits in its
// own scroll box, named by the caption, so it never widens the page. Its cells'
// look is said once, by the table's class (.figure-table in app/globals.css),
// not on each of the hundreds of cells a statistics page has. For the same
// reason an unused prop is left out, not set to undefined: the RSC payload
// spells each undefined prop out ("$undefined").

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
      tableClassName={stickyHeader ? "figure-table sticky-head" : "figure-table"}
      className={className}
      header={columns.map((c, i) => (
        <th key={i} scope="col" {...(c.numeric && { className: "text-right" })}>
          {c.label}
        </th>
      ))}
    >
      {children}
    </ScrollTable>
  );
}

// The length of a row's bar, read by .figure-table .bar's gradient.
declare module "react" {
  interface CSSProperties {
    "--bar"?: string;
  }
}

/**
 * One row: what it counts, then its numbers. With `bar` (the row's share of
 * the largest, 0 to 1), the label cell takes the table's spare width and a bar
 * of that length is drawn behind it, so the table is its own bar chart.
 */
export function FigureRow({ label, bar, children }: { label: ReactNode; bar?: number; children: ReactNode }) {
  const percent = bar === undefined ? null : Math.round(Math.min(1, Math.max(0, bar)) * 1000) / 10;
  return (
    <tr>
      <th scope="row" {...(percent !== null && { className: "bar" })} {...(percent && { style: { "--bar": `${percent}%` } })}>
        {label}
      </th>
      {children}
    </tr>
  );
}

/** A number; one that is nothing (zero, a dash) can be muted. */
export function FigureCell({ muted = false, children }: { muted?: boolean; children: ReactNode }) {
  return <td {...(muted && { className: "text-slate-600" })}>{children}</td>;
}
