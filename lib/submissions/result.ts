import type { z } from "zod";
import { invalidInput } from "@/lib/forms/result";

// Expected failures of the workflow come back as values the forms can show;
// only the unexpected is thrown.

export type Failure = {
  ok: false;
  code: "not_found" | "forbidden" | "invalid" | "conflict" | "rate_limited";
  message: string;
  fieldErrors?: Record<string, string[]>;
};
export type Result<T> = ({ ok: true } & T) | Failure;

export function fail(code: Failure["code"], message: string, fieldErrors?: Record<string, string[]>): Failure {
  return { ok: false, code, message, ...(fieldErrors ? { fieldErrors } : {}) };
}

/** zod issues keyed by their dotted path ("reach.girlsShare", "sources.0.url"), as forms show them. */
export function invalid(error: z.ZodError, message?: string): Failure {
  const { fieldErrors, message: text } = invalidInput(error, message);
  return fail("invalid", text, fieldErrors);
}

/** Not found and not allowed look the same, so guessed ids reveal nothing. */
export const NOT_FOUND = fail("not_found", "This proposal does not exist or is not yours to see.");

export const STALE = fail(
  "conflict",
  "Someone changed this proposal while you were looking at it. Reload the page to see its current state.",
);
