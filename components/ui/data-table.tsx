import type { ReactNode } from "react";
import { ScrollTable } from "./scroll-region";

// One look for the site's tables of records (queues, logs, lists of
// imports): a caption that names the table, column headers with scope, the
// same cell spacing, and a scroll box named by the caption so a wide table
// never widens the page.

const CELL = "px-3 py-2 align-top";

const withCell = (className?: string) => (className ? `${CELL} ${className}` : CELL);

/** A column header: its text, and classes such as a width for fixed tables. */
export type Column = ReactNode | { label: ReactNode; className?: string };

function isLabelled(column: Column): column is { label: ReactNode; className?: string } {
  return typeof column === "object" && column !== null && "label" in column;
}

type DataTableProps = {
  caption: ReactNode;
  /** Keep the caption for assistive technology only, where a heading above already names the table. */
  hideCaption?: boolean;
  /** Column widths from the header row instead of the content (long values wrap). */
  fixed?: boolean;
  columns: Column[];
  children: ReactNode;
};

export function DataTable({ caption, hideCaption = false, fixed = false, columns, children }: DataTableProps) {
  return (
    <ScrollTable
      caption={caption}
      captionClassName={hideCaption ? "sr-only" : "pb-2 text-left text-base font-semibold"}
      tableClassName={`w-full ${fixed ? "table-fixed " : ""}border-collapse text-left text-sm`}
      theadClassName="border-b-2 border-slate-300 bg-slate-50"
      header={columns.map((column, i) => (
        <th key={i} scope="col" className={withCell(isLabelled(column) ? column.className : undefined)}>
          {isLabelled(column) ? column.label : column}
        </th>
      ))}
    >
      {children}
    </ScrollTable>
  );
}

export function Row({ className, children }: { className?: string; children: ReactNode }) {
  return <tr className={className ? `border-b border-slate-200 ${className}` : "border-b border-slate-200"}>{children}</tr>;
}

/** The cell that names its row (th scope="row"). */
export function RowHeader({ className, children }: { className?: string; children: ReactNode }) {
  return (
    <th scope="row" className={withCell(className)}>
      {children}
    </th>
  );
}

export function Cell({ className, children }: { className?: string; children?: ReactNode }) {
  return <td className={withCell(className)}>{children}</td>;
}
