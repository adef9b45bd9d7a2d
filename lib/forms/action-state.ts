import type { FailureCode, Result } from "@/lib/result";

// What a server action hands back to its form (with useActionState): how the
// last submission went, per-field messages, and the values to show again
// (never passwords), so nothing has to be typed twice.

export type ActionStatus = "idle" | "ok" | FailureCode;

export type ActionState<Values = Record<string, string>> = {
  status: ActionStatus;
  message: string;
  fieldErrors: Record<string, string[]>;
  values: Values;
};

/** A form's server action, handed down by its page (components never import app/). */
export type FormAction<State = ActionState> = (previous: State, form: FormData) => Promise<State>;

export const IDLE: ActionState = { status: "idle", message: "", fieldErrors: {}, values: {} };

export function toActionState(result: Result, values: Record<string, string> = {}, success = ""): ActionState {
  if (result.ok) return { status: "ok", message: success, fieldErrors: {}, values };
  return { status: result.code, message: result.message, fieldErrors: result.fieldErrors, values };
}

/** Whether the last submission was refused (as opposed to not made yet, or done). */
export function isFailed(state: Pick<ActionState<unknown>, "status">): boolean {
  return state.status !== "idle" && state.status !== "ok";
}
