"use client";

import { EditorField } from "./editor-field";
import { INPUT_CLASS } from "@/components/forms/text-field";

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
  markOptional?: boolean;
};

export function SelectField({ options, defaultValue, emptyLabel, ...field }: Props) {
  return (
    <EditorField {...field}>
      {(aria) => (
        <select {...aria} defaultValue={defaultValue ?? ""} className={INPUT_CLASS}>
          {emptyLabel !== undefined && <option value="">{emptyLabel}</option>}
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </EditorField>
  );
}
