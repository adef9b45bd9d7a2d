import type { ReactNode } from "react";

/**
 * A box that scrolls what is too wide (or too tall) for it, so a wide table
 * never widens the page (WCAG 1.4.10 Reflow): a region named by the table's
 * caption, focusable so keyboard users can scroll it.
 */
export function ScrollRegion({ labelledBy, className, children }: { labelledBy: string; className?: string; children: ReactNode }) {
  return (
    <div role="region" aria-labelledby={labelledBy} tabIndex={0} className={className ? `max-w-full min-w-0 overflow-auto ${className}` : "max-w-full min-w-0 overflow-auto"}>
      {children}
    </div>
  );
}
