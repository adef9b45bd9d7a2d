import type { EditorContent } from "@/lib/submissions/form-data";
import type { Failure } from "@/lib/submissions/result";

// What the editor's server action answers when it does not redirect: the
// failure to show and what was typed, so nothing has to be typed again.

export type EditorState = {
  code: Failure["code"] | "idle" | "preview";
  message: string;
  fieldErrors: Record<string, string[]>;
  values: EditorContent | null;
  /** Sanitised HTML of the description, when "Preview" was pressed without JavaScript. */
  previewHtml: string | null;
  /** Changes whenever the action answers, so the fields are drawn again from `values`. */
  round: number;
};

export const EDITOR_IDLE: EditorState = { code: "idle", message: "", fieldErrors: {}, values: null, previewHtml: null, round: 0 };

/** The id of the input (or fieldset) that shows a dotted field path. */
export function inputId(path: string): string {
  return `f-${path.replace(/\W/g, "-")}`;
}

export function errorId(path: string): string {
  return `${inputId(path)}-error`;
}

/** Errors of a field and, for lists, of its items ("countries.3"). */
export function errorsAt(errors: Record<string, string[]>, path: string, withItems = false): string[] | undefined {
  const found = Object.entries(errors).flatMap(([key, messages]) =>
    key === path || (withItems && key.startsWith(`${path}.`) && /^\d+$/.test(key.slice(path.length + 1))) ? messages : [],
  );
  return found.length > 0 ? [...new Set(found)] : undefined;
}

export function describedBy(path: string, errors: string[] | undefined, ...others: (string | undefined)[]): string | undefined {
  const ids = [...others, errors ? errorId(path) : undefined].filter((id): id is string => id !== undefined);
  return ids.length > 0 ? ids.join(" ") : undefined;
}
