"use client";

import { useActionState } from "react";
import { KINDS } from "@/lib/catalogue/vocabularies";
import { friendlyErrors } from "@/components/editor/friendly-message";
import { KeptSelect } from "@/components/ui/kept-select";
import { FormProblem } from "./form-problem";
import { SIMPLE_IDLE, type SimpleFormAction } from "./form-state";

type Props = { action: SimpleFormAction; organisations: { id: string; name: string }[] };

function Problem({ id, messages }: { id: string; messages: string[] | undefined }) {
  if (!messages) return null;
  return (
    <p id={id} className="mt-1 text-sm font-semibold text-red-800">
      <span aria-hidden="true">⚠ </span>
      {messages.join(" ")}
    </p>
  );
}

const INPUT = "mt-1 block w-full rounded-md border border-slate-400 bg-white px-3 py-2 aria-[invalid=true]:border-2 aria-[invalid=true]:border-red-800";

export function NewEntryForm({ action, organisations }: Props) {
  const [state, formAction, pending] = useActionState(action, SIMPLE_IDLE);
  const errors = friendlyErrors(state.fieldErrors);
  const only = organisations.length === 1 ? organisations[0] : undefined;
  const chosen = state.values.organisationId || organisations[0]?.id;
  const problems = [
    ...(errors.kind ? [{ href: "#new-kind", text: `Kind: ${errors.kind.join(" ")}` }] : []),
    ...(errors.title ? [{ href: "#new-title", text: `Title: ${errors.title.join(" ")}` }] : []),
  ];
  return (
    <form action={formAction} className="max-w-xl space-y-5">
      {state.code !== "idle" && <FormProblem message={state.message} problems={problems} />}
      {only ? (
        <>
          <input type="hidden" name="organisationId" value={only.id} />
          <p>
            For <strong>{only.name}</strong>
          </p>
        </>
      ) : (
        <fieldset>
          <legend className="font-semibold">Which organisation is it for?</legend>
          <div className="mt-2 space-y-1.5">
            {organisations.map((o) => (
              <label key={o.id} className="facet-option text-base">
                <input type="radio" name="organisationId" value={o.id} required defaultChecked={chosen === o.id} />
                {o.name}
              </label>
            ))}
          </div>
        </fieldset>
      )}
      <div>
        <label htmlFor="new-kind" className="font-semibold">
          Kind of entry
        </label>
        <KeptSelect id="new-kind" name="kind" required defaultValue={state.values.kind ?? "programme"} aria-invalid={errors.kind ? true : undefined} aria-describedby={errors.kind ? "new-kind-error" : undefined} className={INPUT}>
          {KINDS.map((k) => (
            <option key={k.value} value={k.value}>
              {k.label}
            </option>
          ))}
        </KeptSelect>
        <Problem id="new-kind-error" messages={errors.kind} />
      </div>
      <div>
        <label htmlFor="new-title" className="font-semibold">
          Title
        </label>
        <p id="new-title-hint" className="text-sm text-slate-600">
          You can change it later.
        </p>
        <input
          id="new-title"
          name="title"
          required
          maxLength={300}
          defaultValue={state.values.title ?? ""}
          aria-invalid={errors.title ? true : undefined}
          aria-describedby={errors.title ? "new-title-hint new-title-error" : "new-title-hint"}
          className={INPUT}
        />
        <Problem id="new-title-error" messages={errors.title} />
      </div>
      <button type="submit" disabled={pending} className="rounded-md bg-brand-700 px-5 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-60">
        {pending ? "Starting…" : "Start the draft"}
      </button>
    </form>
  );
}
