"use client";

import { useRef } from "react";
import type { LinkRow } from "@/lib/submissions/form-data";
import { describedBy, errorsAt, inputId } from "./field-ids";
import { useEditorMessages } from "./editor-context";
import { FieldError, ModeratorNote, noteId } from "./field-messages";
import { SelectField } from "./select-field";
import { EntryPicker } from "./entry-picker";
import { useHydrated } from "./use-hydrated";
import { useRows } from "./use-rows";

const SPARE_ROWS = 1;

const ROLES = [
  { value: "organisation", label: "Run by this organisation" },
  { value: "funder", label: "Funded by this funder" },
  { value: "funded-by", label: "Funded under this programme" },
  { value: "related", label: "Related" },
];

export function LinksField({ links }: { links: LinkRow[] }) {
  const { errors, notes } = useEditorMessages();
  const hydrated = useHydrated();
  const { keys, add, remove } = useRows(links.length + SPARE_ROWS);
  const list = useRef<HTMLOListElement>(null);
  const messages = errorsAt(errors, "links");
  const note = notes.links;
  const addRow = () => {
    add();
    requestAnimationFrame(() => list.current?.querySelector<HTMLSelectElement>("li:last-child select")?.focus());
  };
  return (
    <fieldset
      id={inputId("links")}
      tabIndex={-1}
      aria-describedby={describedBy("links", messages, "links-hint", note ? noteId("links") : undefined)}
      className="space-y-3"
    >
      <legend className="text-lg font-semibold">Related entries</legend>
      <p id="links-hint" className="text-sm text-slate-600">
        Other published catalogue entries this one belongs to, such as the organisation that runs it. Each entry once; an entry
        cannot be related to itself.
      </p>
      <ModeratorNote path="links" note={note} />
      <FieldError path="links" messages={messages} />
      <ol ref={list} className="space-y-3">
        {keys.map((key, i) => (
          <li key={key} className="rounded-md border border-slate-200 p-3">
            <fieldset>
              <legend className="text-sm font-semibold text-slate-700">Related entry {i + 1}</legend>
              <div className="mt-1 grid gap-3 md:grid-cols-2">
                <SelectField path={`links.${i}.role`} label="How it is related" options={ROLES} emptyLabel="Choose…" defaultValue={links[i]?.role} markOptional={false} />
                <EntryPicker path={`links.${i}.slug`} rolePath={`links.${i}.role`} label="Entry" defaultSlug={links[i]?.slug} />
              </div>
              {hydrated && (
                <button type="button" onClick={() => remove(key)} className="mt-2 text-sm font-semibold text-red-800 underline">
                  Remove related entry {i + 1}
                </button>
              )}
            </fieldset>
          </li>
        ))}
      </ol>
      {hydrated && (
        <button type="button" onClick={addRow} className="rounded-md border border-brand-700 px-3 py-1.5 text-sm font-semibold text-brand-700 hover:bg-brand-50">
          Add a related entry
        </button>
      )}
    </fieldset>
  );
}
