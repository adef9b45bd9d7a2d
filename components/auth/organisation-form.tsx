"use client";

import { useActionState, useRef, type FormEvent } from "react";
import { IDLE, type ActionState } from "@/lib/forms/action-state";
import { asciiSlug } from "@/lib/submissions/slug";
import { KeptSelect } from "@/components/ui/kept-select";
import { Field } from "./field";
import { FormAlert } from "./form-alert";
import { SubmitButton } from "./submit-button";

type Action = (previous: ActionState, form: FormData) => Promise<ActionState>;

export function OrganisationForm({ action, countries }: { action: Action; countries: { value: string; label: string }[] }) {
  const [state, formAction] = useActionState(action, IDLE);
  const countryError = state.fieldErrors?.country;
  // The short name follows the name until someone types one of their own.
  const slugTyped = useRef(false);
  const suggestShortName = (e: FormEvent<HTMLFormElement>) => {
    const target = e.target;
    if (!(target instanceof HTMLInputElement)) return;
    if (target.name === "slug") slugTyped.current = target.value.trim() !== "";
    const slug = e.currentTarget.elements.namedItem("slug");
    if (target.name === "name" && !slugTyped.current && slug instanceof HTMLInputElement) slug.value = asciiSlug(target.value);
  };
  return (
    <form action={formAction} onInput={suggestShortName} className="max-w-md space-y-4" noValidate>
      <FormAlert ok={state.ok} message={state.message} />
      <Field idPrefix="org" name="name" label="Name" defaultValue={state.values?.name} errors={state.fieldErrors?.name} />
      <Field idPrefix="org" name="slug" required={false} label="Short name for addresses" hint="Lower-case letters, digits and hyphens, e.g. stem-alliance-ro. Suggested from the name; left empty, it is made from the name." defaultValue={state.values?.slug} errors={state.fieldErrors?.slug} />
      <div>
        <label htmlFor="org-country" className="block font-medium">
          Country
        </label>
        <KeptSelect
          id="org-country"
          name="country"
          defaultValue={state.values?.country ?? ""}
          aria-invalid={countryError ? true : undefined}
          aria-describedby={countryError ? "org-country-error" : undefined}
          className="mt-1 block w-full rounded-md border border-slate-400 bg-white px-3 py-2"
        >
          <option value="">None or several</option>
          {countries.map((c) => (
            <option key={c.value} value={c.value}>
              {c.label}
            </option>
          ))}
        </KeptSelect>
        {countryError && (
          <p id="org-country-error" className="mt-1 text-sm text-red-700">
            {countryError.join(" ")}
          </p>
        )}
      </div>
      <SubmitButton pendingLabel="Creating…">Create organisation</SubmitButton>
    </form>
  );
}
