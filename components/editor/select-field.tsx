"use client";

import { describedBy, errorsAt, inputId } from "./editor-state";
import { useEditorMessages } from "./editor-context";
import { FieldError, ModeratorNote, noteId } from "./field-messages";
import { INPUT_CLASS } from "./text-field";

type Props = {
  path: string;
  label: string;
  hint?: string;
  options: readonly { value: string; label: string }[];
  defaultValue?: string;
  /** The first, empty choice; omit to require one of the options. */
  emptyLabel?: string;
  required?: boolean;
  className?: string;
  /** Say "(optional)" when not required; rows of sources and links leave it out. */
  markOptional?: boolean;
};

export function SelectField({ path, label, hint, options, defaultValue, emptyLabel, required, className, markOptional = true }: Props) {
  const { errors, notes } = useEditorMessages();
  const messages = errorsAt(errors, path);
  const note = notes[path];
  const id = inputId(path);
  const hintId = hint ? `${id}-hint` : undefined;
  return (
    <div className={className}>
      <label htmlFor={id} className="font-semibold">
        {label}
        {(required || markOptional) && <span className="font-normal text-slate-700">{required ? " (required)" : " (optional)"}</span>}
      </label>
      {hint && (
        <p id={hintId} className="text-sm text-slate-600">
          {hint}
        </p>
      )}
      <ModeratorNote path={path} note={note} />
      <select
        id={id}
        name={path}
        defaultValue={defaultValue ?? ""}
        aria-invalid={messages ? true : undefined}
        aria-describedby={describedBy(path, messages, hintId, note ? noteId(path) : undefined)}
        className={INPUT_CLASS}
      >
        {emptyLabel !== undefined && <option value="">{emptyLabel}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <FieldError path={path} messages={messages} />
    </div>
  );
}
