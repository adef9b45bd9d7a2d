"use client";

import { useTranslations } from "next-intl";
import { useActionState, useRef, type FormEvent } from "react";
import { IDLE, type FormAction } from "@/lib/forms/action-state";
import { asciiSlug } from "@/lib/submissions/slug";
import { SelectField } from "@/components/forms/select-field";
import { TextField } from "@/components/forms/text-field";
import { FormOutcome } from "@/components/forms/form-outcome";
import { SubmitButton } from "@/components/forms/submit-button";

export function OrganisationForm({ action, countries }: { action: FormAction; countries: { value: string; label: string }[] }) {
  const [state, formAction] = useActionState(action, IDLE);
  const t = useTranslations("auth.organisation");
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
      <FormOutcome state={state} shown={["name", "slug", "country"]} />
      <TextField form="org" name="name" label={t("name")} defaultValue={state.values.name} errors={state.fieldErrors.name} />
      <TextField form="org" name="slug" required={false} label={t("slug")} hint={t("slugHint")} defaultValue={state.values.slug} errors={state.fieldErrors.slug} />
      <SelectField form="org" name="country" label={t("country")} defaultValue={state.values.country ?? ""} errors={state.fieldErrors.country}>
        <option value="">{t("noCountry")}</option>
        {countries.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
      </SelectField>
      <SubmitButton pendingLabel={t("pending")}>{t("submit")}</SubmitButton>
    </form>
  );
}
