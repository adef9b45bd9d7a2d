import type { Failure } from "@/lib/submissions/result";

// What the small contribution forms (new entry, propose changes, delete) get
// back when their action does not redirect.

export type SimpleFormState = {
  code: Failure["code"] | "idle";
  message: string;
  fieldErrors: Record<string, string[]>;
  values: Record<string, string>;
};

export const SIMPLE_IDLE: SimpleFormState = { code: "idle", message: "", fieldErrors: {}, values: {} };
