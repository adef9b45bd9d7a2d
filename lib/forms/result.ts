import type { z } from "zod";

// Expected failures of a form come back as values the page can show next to
// the fields; only the unexpected is thrown.

export type FormFailure = { ok: false; message: string; fieldErrors: Record<string, string[]> };
export type FormResult<T = object> = ({ ok: true } & T) | FormFailure;

export function failure(message: string, fieldErrors: Record<string, string[]> = {}): FormFailure {
  return { ok: false, message, fieldErrors };
}

/** zod issues keyed by their dotted path; issues without a path go under "_form". */
export function invalidInput(error: z.ZodError, message = "Some fields need attention."): FormFailure {
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join(".") || "_form";
    (fieldErrors[key] ??= []).push(issue.message);
  }
  return failure(message, fieldErrors);
}
