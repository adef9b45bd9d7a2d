"use client";

import { INPUT_CLASS } from "@/components/forms/text-field";
import { EditorField } from "./editor-field";

type Props = {
  path: string;
  label: string;
  hint?: string;
  defaultValue?: string | number;
  required?: boolean;
  maxLength?: number;
  /** Several lines (a textarea) with this many rows. */
  rows?: number;
  type?: "text" | "url" | "number" | "datetime-local";
  min?: number;
  max?: number;
  step?: number | "any";
  autoComplete?: string;
  className?: string;
  /** Say "(optional)" when not required; rows of sources and links leave it out. */
  markOptional?: boolean;
};

export function TextField({ defaultValue, rows, type = "text", maxLength, min, max, step, autoComplete, ...field }: Props) {
  return (
    <EditorField {...field}>
      {(aria) => {
        const common = {
          ...aria,
          defaultValue: defaultValue ?? "",
          // Marked, not enforced by the browser: drafts may be saved incomplete.
          "aria-required": field.required ? true : undefined,
          className: INPUT_CLASS,
          maxLength,
        };
        return rows ? (
          <textarea {...common} rows={rows} />
        ) : (
          <input
            {...common}
            type={type}
            min={min}
            max={max}
            step={step}
            autoComplete={autoComplete ?? "off"}
            inputMode={type === "number" && step === "any" ? "decimal" : undefined}
          />
        );
      }}
    </EditorField>
  );
}
