import type { Failure } from "@/lib/submissions/result";

// What a moderation form's server action answers when it does not redirect:
// the failure to show, and what was typed, so nothing has to be typed again.

export type FormState = {
  code: Failure["code"] | "idle";
  message: string;
  fieldErrors: Record<string, string[]>;
  values: Record<string, string>;
};

export const IDLE: FormState = { code: "idle", message: "", fieldErrors: {}, values: {} };

export function errorId(form: string, field: string): string {
  return `${form}-${field.replace(/\W/g, "-")}-error`;
}
