"use client";

import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { describedBy, errorsAt, inputId } from "./field-ids";
import { useEditorMessages } from "./editor-context";
import { FieldError, ModeratorNote, noteId } from "./field-messages";
import { useHydrated } from "@/components/ui/use-hydrated";

type Props = {
  path: string;
  legend: string;
  hint?: string;
  options: readonly { value: string; label: string }[];
  defaultValues?: readonly (string | number)[];
  /** Long lists get a filter box (once JavaScript runs) so a value is found by typing. */
  filterLabel?: string;
};

function matches(label: string, filter: string): boolean {
  const norm = (s: string) => s.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
  return norm(label).includes(norm(filter.trim()));
}

export function CheckboxGroup({ path, legend, hint, options, defaultValues = [], filterLabel }: Props) {
  const { errors, notes } = useEditorMessages();
  const t = useTranslations("editor");
  const hydrated = useHydrated();
  const [filter, setFilter] = useState("");
  const [checked, setChecked] = useState(() => new Set(defaultValues.map(String)));
  const filterId = useId();
  const messages = errorsAt(errors, path, true);
  const note = notes[path];
  const id = inputId(path);
  const hintId = hint ? `${id}-hint` : undefined;
  const visible = (label: string, value: string) => !hydrated || filter === "" || checked.has(value) || matches(label, filter);
  const toggle = (value: string, on: boolean) =>
    setChecked((previous) => {
      const next = new Set(previous);
      if (on) next.add(value);
      else next.delete(value);
      return next;
    });

  return (
    <fieldset
      id={id}
      tabIndex={-1}
      aria-describedby={describedBy(path, messages, hintId, note ? noteId(path) : undefined)}
      className="rounded-md border border-slate-200 p-3"
    >
      <legend className="px-1 font-semibold">
        {legend} <span className="font-normal text-slate-700">{t("optional")}</span>
      </legend>
      <p className="text-sm text-slate-600">{checked.size === 0 ? t("classification.noneChosen") : t("classification.chosen", { count: checked.size })}</p>
      {hint && (
        <p id={hintId} className="text-sm text-slate-600">
          {hint}
        </p>
      )}
      <ModeratorNote path={path} note={note} />
      {hydrated && filterLabel && (
        <div className="mt-2">
          <label htmlFor={filterId} className="text-sm font-semibold">
            {filterLabel}
          </label>
          <input
            id={filterId}
            type="search"
            value={filter}
            onChange={(e) => setFilter(e.target.value)}
            autoComplete="off"
            className="mt-1 block w-full max-w-xs rounded-md border border-slate-400 px-2 py-1 text-sm"
          />
        </div>
      )}
      <ul className="mt-2 grid gap-x-4 gap-y-1.5 sm:grid-cols-2 lg:grid-cols-3">
        {options.map((o) => (
          <li key={o.value} hidden={!visible(o.label, o.value)}>
            <label className="facet-option">
              <input
                type="checkbox"
                name={path}
                value={o.value}
                defaultChecked={checked.has(o.value)}
                onChange={(e) => toggle(o.value, e.target.checked)}
              />
              {o.label}
            </label>
          </li>
        ))}
      </ul>
      {hydrated && filter !== "" && !options.some((o) => visible(o.label, o.value)) && (
        <p className="mt-2 text-sm text-slate-600">{t("classification.noMatch", { filter })}</p>
      )}
      <FieldError path={path} messages={messages} />
    </fieldset>
  );
}
