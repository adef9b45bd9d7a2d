"use client";

import { useActionState } from "react";
import { KINDS } from "@/lib/catalogue/vocabularies";
import { IDLE, isFailed, type FormAction } from "@/lib/forms/action-state";
import { friendlyErrors } from "@/components/editor/friendly-message";
import { KIND_HINT, KindGuide } from "@/components/editor/kind-guide";
import { ErrorSummary } from "@/components/forms/error-summary";
import { fieldId } from "@/components/forms/ids";
import { problemsOf } from "@/components/forms/problems";
import { SelectField } from "@/components/forms/select-field";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";

type Props = { action: FormAction; organisations: { id: string; name: string }[] };

const FORM = "new";
const LABELS: Record<string, string> = { kind: "Kind", title: "Title" };

// The kind and the title have inputs here; anything else the draft refused is only said in the summary.
const describe = (key: string) => (key in LABELS ? { label: LABELS[key] ?? key, inputId: fieldId(FORM, key) } : { label: "" });

export function NewEntryForm({ action, organisations }: Props) {
  const [state, formAction] = useActionState(action, IDLE);
  const errors = friendlyErrors(state.fieldErrors);
  const only = organisations.length === 1 ? organisations[0] : undefined;
  const chosen = state.values.organisationId || organisations[0]?.id;
  return (
    <form action={formAction} className="max-w-xl space-y-5">
      {isFailed(state) && <ErrorSummary message={state.message} problems={problemsOf(errors, describe)} round={state} />}
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
        <SelectField form={FORM} name="kind" label="Kind of entry" hint={KIND_HINT} required defaultValue={state.values.kind ?? "programme"} errors={errors.kind}>
          {KINDS.map((k) => (
            <option key={k.value} value={k.value}>
              {k.label}
            </option>
          ))}
        </SelectField>
        <KindGuide className="mt-2" />
      </div>
      <TextField form={FORM} name="title" label="Title" hint="You can change it later." maxLength={300} defaultValue={state.values.title ?? ""} errors={errors.title} />
      <SubmitButton pendingLabel="Starting…">Start the draft</SubmitButton>
    </form>
  );
}
