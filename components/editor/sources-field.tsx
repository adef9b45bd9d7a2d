"use client";

import { useRef } from "react";
import type { SourceRow } from "@/lib/submissions/form-data";
import { describedBy, errorsAt, inputId } from "./field-ids";
import { useEditorMessages } from "./editor-context";
import { FieldError, ModeratorNote, noteId } from "./field-messages";
import { TextField } from "./text-field";
import { useHydrated } from "./use-hydrated";
import { useRows } from "./use-rows";

// Without JavaScript two empty rows wait below the filled ones; with it, rows are added and removed.
const SPARE_ROWS = 2;

export function SourcesField({ sources }: { sources: SourceRow[] }) {
  const { errors, notes } = useEditorMessages();
  const hydrated = useHydrated();
  const { keys, add, remove } = useRows(sources.length + SPARE_ROWS);
  const list = useRef<HTMLOListElement>(null);
  const messages = errorsAt(errors, "sources");
  const note = notes.sources;
  const addRow = () => {
    add();
    // Focus the new row's first input once it exists.
    requestAnimationFrame(() => list.current?.querySelector<HTMLInputElement>("li:last-child input")?.focus());
  };
  return (
    <fieldset
      id={inputId("sources")}
      tabIndex={-1}
      aria-describedby={describedBy("sources", messages, "sources-hint", note ? noteId("sources") : undefined)}
      className="space-y-3"
    >
      <legend className="text-lg font-semibold">Sources</legend>
      <p id="sources-hint" className="text-sm text-slate-600">
        Where the facts above come from: a report, a web page, an article. At least one is needed before you submit, each with a title. Empty rows are ignored.
      </p>
      <ModeratorNote path="sources" note={note} />
      <FieldError path="sources" messages={messages} />
      <ol ref={list} className="space-y-3">
        {keys.map((key, i) => {
          const row = sources[i];
          return (
            <li key={key} className="rounded-md border border-slate-200 p-3">
              <fieldset>
                <legend className="text-sm font-semibold text-slate-700">Source {i + 1}</legend>
                <div className="mt-1 grid gap-3 md:grid-cols-2">
                  <TextField path={`sources.${i}.title`} label="Title" defaultValue={row?.title} maxLength={300} markOptional={false} />
                  <TextField path={`sources.${i}.url`} label="Web address" type="url" defaultValue={row?.url} hint="Optional, starting with https://" markOptional={false} />
                  <TextField path={`sources.${i}.note`} label="Note" defaultValue={row?.note} maxLength={500} className="md:col-span-2" hint="Optional: a page number, a date, what it confirms." markOptional={false} />
                </div>
                {hydrated && (
                  <button type="button" onClick={() => remove(key)} className="mt-2 text-sm font-semibold text-red-800 underline">
                    Remove source {i + 1}
                  </button>
                )}
              </fieldset>
            </li>
          );
        })}
      </ol>
      {hydrated && (
        <button type="button" onClick={addRow} className="rounded-md border border-brand-700 px-3 py-1.5 text-sm font-semibold text-brand-700 hover:bg-brand-50">
          Add a source
        </button>
      )}
    </fieldset>
  );
}
