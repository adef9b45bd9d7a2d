import type { Failure } from "@/lib/submissions/result";

// What the small contribution forms (new entry, propose changes, delete) get
// back when their action does not redirect.

export type SimpleFormState = {
  code: Failure["code"] | "idle";
  message: string;
  fieldErrors: Record<string, string[]>;
  values: Record<string, string>;
};

/** A server action of one of those forms, handed down by its page (components never import app/). */
export type SimpleFormAction = (previous: SimpleFormState, form: FormData) => Promise<SimpleFormState>;

export const SIMPLE_IDLE: SimpleFormState = { code: "idle", message: "", fieldErrors: {}, values: {} };
