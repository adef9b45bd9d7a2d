import type { ReactNode } from "react";

const HEADINGS = {
  /** A part of a page. */
  page: "text-xl font-semibold",
  /** A part of a panel or of a narrower page (moderation, imports). */
  panel: "text-lg font-semibold",
};

type SectionProps = {
  /** Makes the heading's id ("{id}-heading"), which names the section. */
  id: string;
  title: ReactNode;
  size?: keyof typeof HEADINGS;
  /** A line under the heading on what the section holds. */
  intro?: ReactNode;
  /** Links beside the heading, such as "See all". */
  actions?: ReactNode;
  className?: string;
  children: ReactNode;
};

/** A titled region of a page: a <section> named by its own h2, so it is a landmark screen reader users can jump to. */
export function Section({ id, title, size = "page", intro, actions, className, children }: SectionProps) {
  const heading = (
    <h2 id={`${id}-heading`} className={HEADINGS[size]}>
      {title}
    </h2>
  );
  const headingRow = actions ? (
    <div className="flex items-baseline justify-between">
      {heading}
      {actions}
    </div>
  ) : (
    heading
  );
  return (
    <section aria-labelledby={`${id}-heading`} className={className}>
      {intro ? (
        <div>
          {headingRow}
          <p className="mt-1 max-w-3xl text-sm text-slate-700">{intro}</p>
        </div>
      ) : (
        headingRow
      )}
      {children}
    </section>
  );
}
