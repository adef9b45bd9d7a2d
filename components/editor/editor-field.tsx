"use client";

import type { ReactNode } from "react";
import { useEditorMessages } from "./editor-context";
import { describedBy, errorsAt, inputId } from "./field-ids";
import { FieldError, ModeratorNote, noteId } from "./field-messages";

/** What the input inside an EditorField needs to be tied to its label, hint, note and error. */
export type FieldAria = { id: string; name: string; "aria-invalid": true | undefined; "aria-describedby": string | undefined };

type Props = {
  path: string;
  label: string;
  hint?: string;
  required?: boolean;
  className?: string;
  /** Say "(optional)" when not required; rows of sources and links leave it out. */
  markOptional?: boolean;
  children: (aria: FieldAria) => ReactNode;
};

/** One labelled input of the editor, with its hint, the moderator's note and its error around it. */
export function EditorField({ path, label, hint, required, className, markOptional = true, children }: Props) {
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
      {children({
        id,
        name: path,
        "aria-invalid": messages ? true : undefined,
        "aria-describedby": describedBy(path, messages, hintId, note ? noteId(path) : undefined),
      })}
      <FieldError path={path} messages={messages} />
    </div>
  );
}
