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
  /** Links beside the heading, such as "See all". */
  actions?: ReactNode;
  className?: string;
  children: ReactNode;
};

/** A titled region of a page: a <section> named by its own h2, so it is a landmark screen reader users can jump to. */
export function Section({ id, title, size = "page", actions, className, children }: SectionProps) {
  const heading = (
    <h2 id={`${id}-heading`} className={HEADINGS[size]}>
      {title}
    </h2>
  );
  return (
    <section aria-labelledby={`${id}-heading`} className={className}>
      {actions ? (
        <div className="flex items-baseline justify-between">
          {heading}
          {actions}
        </div>
      ) : (
        heading
      )}
      {children}
    </section>
  );
}
