import type { ReactNode } from "react";

const BOX = "rounded-lg border border-dashed border-slate-300 p-6";

type EmptyStateProps = {
  /** What is missing, as a heading; without one the box is a single line of text. */
  title?: string;
  /** Why it is empty, or what to do next. */
  message: ReactNode;
  /** Further steps: links, suggestions. */
  children?: ReactNode;
  className?: string;
};

/** Where a list or table would be, a dashed box says there is nothing, and why. */
export function EmptyState({ title, message, children, className }: EmptyStateProps) {
  const box = className ? `${className} ${BOX}` : BOX;
  if (title === undefined) return <p className={`${box} text-slate-700`}>{message}</p>;
  return (
    <div className={box}>
      <h2 className="text-lg font-semibold">{title}</h2>
      <p className="mt-2 text-slate-700">{message}</p>
      {children}
    </div>
  );
}
