"use client";

import { describedBy, errorsAt, inputId } from "./editor-state";
import { useEditorMessages } from "./editor-context";
import { FieldError, ModeratorNote, noteId } from "./field-messages";

export const INPUT_CLASS =
  "mt-1 block w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-slate-900 aria-[invalid=true]:border-2 aria-[invalid=true]:border-red-800";

type Props = {
  path: string;
  label: string;
  hint?: string;
  defaultValue?: string | number;
  required?: boolean;
  maxLength?: number;
  /** Several lines (a textarea) with this many rows. */
  rows?: number;
  type?: "text" | "url" | "number";
  min?: number;
  max?: number;
  step?: number | "any";
  autoComplete?: string;
  className?: string;
  /** Say "(optional)" when not required; rows of sources and links leave it out. */
  markOptional?: boolean;
};

export function TextField({ path, label, hint, defaultValue, required, rows, type = "text", className, markOptional = true, ...rest }: Props) {
  const { errors, notes } = useEditorMessages();
  const messages = errorsAt(errors, path);
  const note = notes[path];
  const id = inputId(path);
  const hintId = hint ? `${id}-hint` : undefined;
  const common = {
    id,
    name: path,
    defaultValue: defaultValue ?? "",
    // Marked, not enforced by the browser: drafts may be saved incomplete.
    "aria-required": required ? true : undefined,
    "aria-invalid": messages ? true : undefined,
    "aria-describedby": describedBy(path, messages, hintId, note ? noteId(path) : undefined),
    className: INPUT_CLASS,
    maxLength: rest.maxLength,
  };
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
      {rows ? (
        <textarea {...common} rows={rows} />
      ) : (
        <input
          {...common}
          type={type}
          min={rest.min}
          max={rest.max}
          step={rest.step}
          autoComplete={rest.autoComplete ?? "off"}
          inputMode={type === "number" && rest.step === "any" ? "decimal" : undefined}
        />
      )}
      <FieldError path={path} messages={messages} />
    </div>
  );
}
