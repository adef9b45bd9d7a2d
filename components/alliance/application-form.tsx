"use client";

import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { IDLE, type FormAction } from "@/lib/forms/action-state";
import { FieldError } from "@/components/forms/field-error";
import { FormOutcome } from "@/components/forms/form-outcome";
import { errorId, fieldId } from "@/components/forms/ids";
import { LabelledField } from "@/components/forms/labelled-field";
import { SelectField } from "@/components/forms/select-field";
import { SubmitButton } from "@/components/forms/submit-button";
import { INPUT_CLASS, TextField } from "@/components/forms/text-field";

type Option = { value: string; label: string };

type Props = {
  action: FormAction;
  /** join: any organisation or a new one; profile: a member the applicant belongs to. */
  mode: "join" | "profile";
  organisations: Option[];
  countries: Option[];
  types: Option[];
  priorities: Option[];
};

const FORM = "alliance-application";
const NEW = "new";

/** Applying to the Alliance, or asking to change a member's profile: the same fields, reviewed by staff. */
export function ApplicationForm({ action, mode, organisations, countries, types, priorities }: Props) {
  const t = useTranslations("alliance.apply");
  const tp = useTranslations("alliance.profileChange");
  const [state, formAction] = useActionState(action, IDLE);
  const values = state.values;
  const errors = state.fieldErrors;
  const [organisation, setOrganisation] = useState(values.organisation ?? (mode === "join" ? "" : (organisations[0]?.value ?? "")));
  const chosenPriorities = new Set((values.priorities ?? "").split(",").filter(Boolean));
  const priorityErrors = errors.priorities;
  const prioritiesId = fieldId(FORM, "priorities");
  const organisationField = mode === "join" ? "organisation" : "organisationId";
  return (
    <form action={formAction} className="max-w-2xl space-y-5" noValidate>
      <FormOutcome state={state} shown={(key) => ["organisation", "organisationId", "name", "country", "type", "website", "profile", "priorities", "motivation"].includes(key)} />
      <LabelledField id={fieldId(FORM, organisationField)} label={mode === "join" ? t("organisation") : tp("organisation")} hint={mode === "join" ? t("organisationHint") : undefined} errors={errors[organisationField]}>
        {(aria) => (
          <select {...aria} name={organisationField} required value={organisation} onChange={(e) => setOrganisation(e.target.value)} className={INPUT_CLASS}>
            {mode === "join" && <option value="">{t("organisation")}</option>}
            {mode === "join" && <option value={NEW}>{t("newOrganisation")}</option>}
            {organisations.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        )}
      </LabelledField>
      {mode === "join" && (
        // Shown whatever is chosen, so the form works the same without JavaScript; lib/ reads them only for a new organisation.
        <fieldset className="space-y-4 rounded-md border border-slate-300 p-3">
          <legend className="px-1 font-semibold">{t("newOrganisation")}</legend>
          <TextField form={FORM} name="name" label={t("name")} required={false} maxLength={200} defaultValue={values.name ?? ""} errors={errors.name} />
          <SelectField form={FORM} name="country" label={t("country")} defaultValue={values.country ?? ""} errors={errors.country}>
            <option value="">{t("chooseCountry")}</option>
            {countries.map((c) => (
              <option key={c.value} value={c.value}>
                {c.label}
              </option>
            ))}
          </SelectField>
        </fieldset>
      )}
      <SelectField form={FORM} name="type" label={t("type")} defaultValue={values.type ?? ""} errors={errors.type} required>
        <option value="">{t("chooseType")}</option>
        {types.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
      </SelectField>
      <TextField form={FORM} name="website" type="url" label={t("website")} hint={t("websiteHint")} required={false} maxLength={2000} defaultValue={values.website ?? ""} errors={errors.website} />
      <LabelledField id={fieldId(FORM, "profile")} label={t("profile")} hint={t("profileHint")} errors={errors.profile}>
        {(aria) => <textarea {...aria} name="profile" rows={5} required maxLength={1500} defaultValue={values.profile ?? ""} className={INPUT_CLASS} />}
      </LabelledField>
      <fieldset id={prioritiesId} aria-describedby={priorityErrors ? errorId(prioritiesId) : undefined}>
        <legend className="font-semibold">{t("priorities")}</legend>
        <ul className="mt-1 space-y-1">
          {priorities.map((p) => (
            <li key={p.value}>
              <label className="flex items-start gap-2">
                <input type="checkbox" name="priorities" value={p.value} defaultChecked={chosenPriorities.has(p.value)} className="mt-1.5" />
                <span>{p.label}</span>
              </label>
            </li>
          ))}
        </ul>
        <FieldError inputId={prioritiesId} messages={priorityErrors} />
      </fieldset>
      <LabelledField id={fieldId(FORM, "motivation")} label={mode === "join" ? t("motivation") : tp("motivation")} hint={t("motivationHint")} errors={errors.motivation}>
        {(aria) => <textarea {...aria} name="motivation" rows={4} required maxLength={2000} defaultValue={values.motivation ?? ""} className={INPUT_CLASS} />}
      </LabelledField>
      <SubmitButton pendingLabel={t("pending")}>{mode === "join" ? t("submit") : tp("submit")}</SubmitButton>
    </form>
  );
}
