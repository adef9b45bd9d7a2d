"use client";

import { useEffect, useRef } from "react";
import { pathLabel, targetId } from "./field-paths";

type Props = { message: string; errors: Record<string, string[]>; /** Changes on every new check, to move focus here again. */ round: string };

/** Every problem of the last check, at the top of the form, with links to the fields. Focused when it appears. */
export function ErrorSummary({ message, errors, round }: Props) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    box.current?.focus();
  }, [round]);
  const entries = Object.entries(errors);
  return (
    <div ref={box} tabIndex={-1} role="alert" aria-labelledby="error-summary-title" className="rounded-md border-2 border-red-800 bg-red-50 px-4 py-3 text-red-900">
      <h2 id="error-summary-title" className="font-semibold">
        {message}
      </h2>
      {entries.length > 0 && (
        <ul className="mt-2 list-disc pl-5 text-sm">
          {entries.map(([path, messages]) => {
            const target = targetId(path);
            const text = `${pathLabel(path)}: ${messages.join(" ")}`;
            return <li key={path}>{target ? <a href={`#${target}`} className="text-red-900">{text}</a> : text}</li>;
          })}
        </ul>
      )}
    </div>
  );
}
