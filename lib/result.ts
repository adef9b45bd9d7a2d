import type { z } from "zod";

// The one outcome of a domain function in lib/: expected failures come back as
// values (with a code the caller can branch on, and messages a form can show
// next to its fields); only the unexpected is thrown.

export type FailureCode = "invalid" | "not_found" | "forbidden" | "conflict" | "rate_limited";

export type Failure = { ok: false; code: FailureCode; message: string; fieldErrors: Record<string, string[]> };
export type Result<T = object> = ({ ok: true } & T) | Failure;

/** The answer of every action on a public entry whose address names none (or an archived one). */
export function noSuchEntry(): Failure {
  return fail("not_found", "There is no published entry with this address.");
}

export function fail(code: FailureCode, message: string, fieldErrors: Record<string, string[]> = {}): Failure {
  return { ok: false, code, message, fieldErrors };
}

/** zod issues keyed by their dotted path ("reach.girlsShare", "sources.0.url"); issues without a path go under "_form". */
export function invalid(error: z.ZodError, message = "Some fields need attention."): Failure {
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join(".") || "_form";
    (fieldErrors[key] ??= []).push(issue.message);
  }
  return fail("invalid", message, fieldErrors);
}
