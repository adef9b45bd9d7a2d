"use client";

import type { ComponentProps } from "react";
import { RepeatableFieldset } from "@/components/ui/repeatable-fieldset";
import { describedBy, errorsAt, inputId } from "./field-ids";
import { useEditorMessages } from "./editor-context";
import { FieldError, ModeratorNote, noteId } from "./field-messages";

type RepeatableFieldProps = Omit<ComponentProps<typeof RepeatableFieldset>, "id" | "describedBy" | "intro"> & {
  /** The list's path in the form: where its errors and the moderator's note are kept. */
  path: string;
  hint: string;
};

/** A repeatable list of the editor (related entries, sources), with its hint, the moderator's note and its errors. */
export function RepeatableField({ path, hint, ...fieldset }: RepeatableFieldProps) {
  const { errors, notes } = useEditorMessages();
  const messages = errorsAt(errors, path);
  const note = notes[path];
  const hintId = `${path}-hint`;
  return (
    <RepeatableFieldset
      id={inputId(path)}
      describedBy={describedBy(path, messages, hintId, note ? noteId(path) : undefined)}
      intro={
        <>
          <p id={hintId} className="text-sm text-slate-600">
            {hint}
          </p>
          <ModeratorNote path={path} note={note} />
          <FieldError path={path} messages={messages} />
        </>
      }
      {...fieldset}
    />
  );
}
