"use client";

import { useRef, type ReactNode } from "react";
import { useHydrated } from "./use-hydrated";
import { useRows } from "./use-rows";

type RepeatableFieldsetProps = {
  id: string;
  legend: string;
  describedBy?: string;
  /** Hint and messages, between the legend and the rows. */
  intro: ReactNode;
  /** Rows shown at first: the filled ones and the spare ones. */
  initialRows: number;
  /** Names a row by its number from 1: "Source 2". */
  rowName: (n: number) => string;
  /** What a row's remove button says: "Remove source 2". */
  removeLabel: (n: number) => string;
  /** What the add button says: "Add a source". */
  addLabel: string;
  /** Which control takes the focus in a row just added. */
  focusOnAdd: "input" | "select";
  /** The fields of the row at this index; their names follow the index. */
  children: (index: number) => ReactNode;
};

/**
 * A list of alike rows, each its own fieldset. Without JavaScript the spare
 * rows wait empty below the filled ones; with it, rows are added and removed.
 */
export function RepeatableFieldset({ id, legend, describedBy, intro, initialRows, rowName, removeLabel, addLabel, focusOnAdd, children }: RepeatableFieldsetProps) {
  const hydrated = useHydrated();
  const { keys, add, remove } = useRows(initialRows);
  const list = useRef<HTMLOListElement>(null);
  const addRow = () => {
    add();
    // Focus the new row's first control once it exists.
    requestAnimationFrame(() => list.current?.querySelector<HTMLElement>(`li:last-child ${focusOnAdd}`)?.focus());
  };
  return (
    <fieldset id={id} tabIndex={-1} aria-describedby={describedBy} className="space-y-3">
      <legend className="text-lg font-semibold">{legend}</legend>
      {intro}
      <ol ref={list} className="space-y-3">
        {keys.map((key, i) => (
          <li key={key} className="rounded-md border border-slate-200 p-3">
            <fieldset>
              <legend className="text-sm font-semibold text-slate-700">{rowName(i + 1)}</legend>
              <div className="mt-1 grid gap-3 md:grid-cols-2">{children(i)}</div>
              {hydrated && (
                <button type="button" onClick={() => remove(key)} className="mt-2 text-sm font-semibold text-red-800 underline">
                  {removeLabel(i + 1)}
                </button>
              )}
            </fieldset>
          </li>
        ))}
      </ol>
      {hydrated && (
        <button type="button" onClick={addRow} className="rounded-md border border-brand-700 px-3 py-1.5 text-sm font-semibold text-brand-700 hover:bg-brand-50">
          {addLabel}
        </button>
      )}
    </fieldset>
  );
}
