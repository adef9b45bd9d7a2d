"use client";

import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { LabelledField, type FieldAria } from "@/components/forms/labelled-field";
import { useEditorMessages } from "./editor-context";
import { errorsAt, inputId } from "./field-ids";
import { ModeratorNote, noteId } from "./field-messages";

type Props = {
  path: string;
  label: string;
  hint?: string;
  required?: boolean;
  className?: string;
  /** Say "(optional)" when not required; rows of sources and links leave it out. */
  markOptional?: boolean;
  children: (aria: FieldAria & { name: string }) => ReactNode;
};

/** One input of the editor, addressed by its field path: the kit's labelled field, with the moderator's note. */
export function EditorField({ path, label, hint, required, className, markOptional = true, children }: Props) {
  const { errors, notes } = useEditorMessages();
  const note = notes[path];
  const t = useTranslations("editor");
  return (
    <LabelledField
      id={inputId(path)}
      className={className}
      label={
        <>
          {label}
          {(required || markOptional) && <span className="font-normal text-slate-700">{" "}{required ? t("required") : t("optional")}</span>}
        </>
      }
      hint={hint}
      errors={errorsAt(errors, path)}
      note={{ id: noteId(path), content: note ? <ModeratorNote path={path} note={note} /> : null }}
    >
      {(aria) => children({ ...aria, name: path })}
    </LabelledField>
  );
}
