"use client";

import { useLocale, useTranslations } from "next-intl";
import { useActionState } from "react";
import { IDLE, isFailed, type FormAction } from "@/lib/forms/action-state";
import { KindGuide } from "@/components/editor/kind-guide";
import { kindOptions } from "@/components/editor/vocabulary-options";
import { ErrorSummary } from "@/components/forms/error-summary";
import { fieldId } from "@/components/forms/ids";
import { useTranslatedErrors } from "@/components/forms/problem-text";
import { problemsOf } from "@/components/forms/problems";
import { SelectField } from "@/components/forms/select-field";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";

type Props = { action: FormAction; organisations: { id: string; name: string }[] };

const FORM = "new";
const INPUTS = ["kind", "title"] as const;
const hasInput = (key: string): key is (typeof INPUTS)[number] => INPUTS.some((name) => name === key);

export function NewEntryForm({ action, organisations }: Props) {
  const [state, formAction] = useActionState(action, IDLE);
  const t = useTranslations("contributions.new");
  const field = useTranslations("editor.fields");
  const locale = useLocale();
  const errors = useTranslatedErrors()(state.fieldErrors);
  // The kind and the title have inputs here; anything else the draft refused is only said in the summary.
  const describe = (key: string) => (hasInput(key) ? { label: field(key), inputId: fieldId(FORM, key) } : { label: "" });
  const only = organisations.length === 1 ? organisations[0] : undefined;
  const chosen = state.values.organisationId || organisations[0]?.id;
  return (
    <form action={formAction} className="max-w-xl space-y-5">
      {isFailed(state) && <ErrorSummary message={state.message} problems={problemsOf(errors, describe)} round={state} />}
      {only ? (
        <>
          <input type="hidden" name="organisationId" value={only.id} />
          <p>{t.rich("forOrganisation", { organisation: only.name, strong: (chunks) => <strong>{chunks}</strong> })}</p>
        </>
      ) : (
        <fieldset>
          <legend className="font-semibold">{t("whichOrganisation")}</legend>
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
        <SelectField
          form={FORM}
          name="kind"
          label={t("kind")}
          hint={t("kindHint")}
          required
          defaultValue={state.values.kind ?? "programme"}
          errors={errors.kind}
        >
          {kindOptions(locale).map((k) => (
            <option key={k.value} value={k.value}>
              {k.label}
            </option>
          ))}
        </SelectField>
        <KindGuide className="mt-2" />
      </div>
      <TextField form={FORM} name="title" label={field("title")} hint={t("titleHint")} maxLength={300} defaultValue={state.values.title ?? ""} errors={errors.title} />
      <SubmitButton pendingLabel={t("starting")}>{t("start")}</SubmitButton>
    </form>
  );
}
