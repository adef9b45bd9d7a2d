"use client";

import { useActionState } from "react";
import { FormProblem } from "./form-problem";
import { SIMPLE_IDLE, type SimpleFormAction } from "./form-state";

export function StartEditForm({ action, slug }: { action: SimpleFormAction; slug: string }) {
  const [state, formAction, pending] = useActionState(action, SIMPLE_IDLE);
  return (
    <form action={formAction} className="space-y-4">
      {state.code !== "idle" && <FormProblem message={state.message} />}
      <input type="hidden" name="slug" value={slug} />
      <button type="submit" disabled={pending} className="rounded-md bg-brand-700 px-5 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-60">
        {pending ? "Opening…" : "Propose changes"}
      </button>
    </form>
  );
}
