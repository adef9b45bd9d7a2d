"use client";

import { useActionState } from "react";
import { FormProblem } from "./form-problem";
import { SIMPLE_IDLE, type SimpleFormAction } from "./form-state";

export function DeleteDraftForm({ action, proposalId, version }: { action: SimpleFormAction; proposalId: string; version: number }) {
  const [state, formAction, pending] = useActionState(action, SIMPLE_IDLE);
  const confirmError = state.fieldErrors.confirm;
  return (
    <details open={state.code !== "idle"} className="rounded-md border border-slate-300 p-4">
      <summary className="cursor-pointer font-semibold">Delete this draft</summary>
      <form action={formAction} className="mt-3 space-y-3">
        {state.code !== "idle" && (
          <FormProblem message={state.message} problems={confirmError ? [{ href: "#delete-confirm", text: confirmError.join(" ") }] : []} />
        )}
        <input type="hidden" name="id" value={proposalId} />
        <input type="hidden" name="expectedVersion" value={version} />
        <p className="text-sm text-slate-700">The draft and everything in it will be gone for good. This cannot be undone.</p>
        <div className="flex items-center gap-2">
          <input
            id="delete-confirm"
            type="checkbox"
            name="confirm"
            value="yes"
            aria-invalid={confirmError ? true : undefined}
            aria-describedby={confirmError ? "delete-confirm-error" : undefined}
            className="h-4 w-4 accent-red-800"
          />
          <label htmlFor="delete-confirm">Yes, delete this draft</label>
        </div>
        {confirmError && (
          <p id="delete-confirm-error" className="text-sm font-semibold text-red-800">
            <span aria-hidden="true">⚠ </span>
            {confirmError.join(" ")}
          </p>
        )}
        <button type="submit" disabled={pending} className="rounded-md bg-red-800 px-4 py-2 font-semibold text-white hover:bg-red-900 disabled:opacity-60">
          {pending ? "Deleting…" : "Delete draft"}
        </button>
      </form>
    </details>
  );
}
