import type { Failure } from "@/lib/submissions/result";

// What a moderation form's server action answers when it does not redirect:
// the failure to show, and what was typed, so nothing has to be typed again.

export type FormState = {
  code: Failure["code"] | "idle";
  message: string;
  fieldErrors: Record<string, string[]>;
  values: Record<string, string>;
};

/** A moderation form's server action, handed down by its page (components never import app/). */
export type FormAction = (previous: FormState, form: FormData) => Promise<FormState>;

export const IDLE: FormState = { code: "idle", message: "", fieldErrors: {}, values: {} };

export function errorId(form: string, field: string): string {
  return `${form}-${field.replace(/\W/g, "-")}-error`;
}
