import type { ReactNode } from "react";
import { FigureRows, type FigureRowData } from "./figure-rows";
import { ScrollTable } from "./scroll-region";

// Tables of counts beside a chart or a map: compact rows, the label naming
// each row, numbers right-aligned in even-width digits. The table sits in its
// own scroll box, named by the caption, so it never widens the page. Its cells'
// look is said once, by the table's class (.figure-table in app/globals.css),
// not on each of the hundreds of cells a statistics page has. Its rows are
// data, rendered by a client component (./figure-rows.tsx says why).

export type FigureColumn = { label: ReactNode; numeric?: boolean };

type FigureTableProps = {
  caption: ReactNode;
  captionId?: string;
  columns: FigureColumn[];
  /** Headers stay in view while a long table scrolls in its box. */
  stickyHeader?: boolean;
  /** Classes of the scroll box: a height limit, a border, its place in a grid. */
  className?: string;
  rows: FigureRowData[];
};

export function FigureTable({ caption, captionId, columns, stickyHeader = false, className, rows }: FigureTableProps) {
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
      <FigureRows rows={rows} />
    </ScrollTable>
  );
}
