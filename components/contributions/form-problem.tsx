"use client";

import { useEffect, useRef } from "react";

type Props = { message: string; problems?: { href: string; text: string }[] };

/** The failure of the last submission, at the top of its form; focused when it appears. */
export function FormProblem({ message, problems = [] }: Props) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    box.current?.focus();
  }, [message, problems.length]);
  return (
    <div ref={box} tabIndex={-1} role="alert" className="rounded-md border-2 border-red-800 bg-red-50 px-4 py-3 text-red-900">
      <p className="font-semibold">{message}</p>
      {problems.length > 0 && (
        <ul className="mt-2 list-disc pl-5 text-sm">
          {problems.map((p) => (
            <li key={p.href}>
              <a href={p.href} className="text-red-900">
                {p.text}
              </a>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
