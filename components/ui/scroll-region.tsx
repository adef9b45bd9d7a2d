import { useId, type ReactNode } from "react";

type ScrollTableProps = {
  caption: ReactNode;
  /** The caption's id, where something else refers to it; otherwise one of its own. */
  captionId?: string;
  captionClassName: string;
  tableClassName: string;
  theadClassName?: string;
  headRowClassName?: string;
  /** The column headers (<th scope="col">). */
  header: ReactNode;
  /** Classes of the scroll box: a height limit, a border, its place in a grid. */
  className?: string;
} & (
  | { children: ReactNode; rowsHtml?: never }
  /** The body's rows as one string of HTML (components/ui/static-html.ts). */
  | { rowsHtml: string; children?: never }
);

/**
 * The frame of the kit's tables: a caption, one header row and the body, in
 * a box that scrolls what is too wide (or too tall) for it, so a wide table
 * never widens the page (WCAG 1.4.10 Reflow). The box is a region named by
 * the caption, focusable so keyboard users can scroll it. It is positioned,
 * so the visually hidden (absolute) texts inside stay in it instead of
 * widening the page.
 */
export function ScrollTable({ caption, captionId, captionClassName, tableClassName, theadClassName, headRowClassName, header, className, children, rowsHtml }: ScrollTableProps) {
  const ownId = useId();
  const labelId = captionId ?? ownId;
  return (
    <div role="region" aria-labelledby={labelId} tabIndex={0} className={className ? `relative max-w-full min-w-0 overflow-auto ${className}` : "relative max-w-full min-w-0 overflow-auto"}>
      <table className={tableClassName}>
        <caption id={labelId} className={captionClassName}>
          {caption}
        </caption>
        <thead className={theadClassName}>
          <tr className={headRowClassName}>{header}</tr>
        </thead>
        {rowsHtml === undefined ? <tbody>{children}</tbody> : <tbody dangerouslySetInnerHTML={{ __html: rowsHtml }} />}
      </table>
    </div>
  );
}
