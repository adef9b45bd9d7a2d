"use client";

import { useEffect, useId, useRef } from "react";
import type { Problem } from "./problems";
import { useProblemText } from "./problem-text";

type Props = {
  message: string;
  problems?: Problem[];
  /** Changes on every new answer, so focus moves here again even when the words are the same. */
  round?: unknown;
};

/**
 * Why the last submission was refused, at the top of its form, announced and
 * focused as it appears, with links to the fields that need attention.
 */
export function ErrorSummary({ message, problems = [], round }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const titleId = useId();
  const say = useProblemText();
  const said = `${message}|${problems.map((p) => p.text).join("|")}`;
  useEffect(() => {
    box.current?.focus();
  }, [said, round]);
  return (
    <div ref={box} tabIndex={-1} role="alert" aria-labelledby={titleId} className="rounded-md border-2 border-red-800 bg-red-50 px-4 py-3 text-red-900">
      <h2 id={titleId} className="font-semibold">
        {say(message)}
      </h2>
      {problems.length > 0 && (
        <ul className="mt-2 list-disc pl-5 text-sm">
          {problems.map((p) => (
            <li key={p.key}>
              {p.href ? (
                <a href={p.href} className="text-red-900">
                  {p.text}
                </a>
              ) : (
                p.text
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
