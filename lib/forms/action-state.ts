import { formText } from "./input-text";
import type { FormResult } from "./result";

// What a server action hands back to its form (with useActionState): the
// outcome, per-field messages, and the values to show again (never passwords).

export type ActionState = {
  ok?: boolean;
  message?: string;
  fieldErrors?: Record<string, string[]>;
  values?: Record<string, string>;
};

export const IDLE: ActionState = {};

export function toActionState(result: FormResult, values: Record<string, string> = {}, success?: string): ActionState {
  if (result.ok) return { ok: true, message: success, values };
  return { ok: false, message: result.message, fieldErrors: result.fieldErrors, values };
}

/** The named text fields of a form, as strings (files and missing fields become ""). */
export function formValues(form: FormData, names: string[]): Record<string, string> {
  return Object.fromEntries(names.map((name) => [name, formText(form, name) ?? ""]));
}
