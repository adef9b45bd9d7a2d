"use client";

import { isFailed, type ActionState } from "@/lib/forms/action-state";
import { ErrorSummary } from "./error-summary";
import { problemsOf } from "./problems";
import { useProblemText, useTranslatedErrors } from "./problem-text";
import { StatusMessage } from "./status-message";

type Props = {
  state: ActionState<unknown>;
  /** The error keys the form's inputs show, each under its input; the summary lists the others. */
  shown?: readonly string[] | ((key: string) => boolean);
  /** How an error the summary lists is named ("" for none). */
  labelOf?: (key: string) => string;
};

/**
 * How the last submission of a short form went: the success message, or the
 * error summary. Its inputs sit right below, each with its own error, so the
 * summary says each message once: it lists only what no input shows.
 */
export function FormOutcome({ state, shown = [], labelOf = () => "" }: Props) {
  const say = useProblemText();
  const translated = useTranslatedErrors();
  if (state.status === "ok") return state.message ? <StatusMessage>{say(state.message)}</StatusMessage> : null;
  if (!isFailed(state)) return null;
  const isShown = typeof shown === "function" ? shown : (key: string) => shown.includes(key);
  const others = translated(Object.fromEntries(Object.entries(state.fieldErrors).filter(([key]) => !isShown(key))));
  return <ErrorSummary message={state.message} problems={problemsOf(others, (key) => ({ label: labelOf(key) }))} round={state} />;
}
