"use client";

import { useActionState } from "react";
import { IDLE, type FormAction } from "@/lib/forms/action-state";
import { FormOutcome } from "@/components/forms/form-outcome";
import { fieldId } from "@/components/forms/ids";
import { LabelledField } from "@/components/forms/labelled-field";
import { StatusMessage } from "@/components/forms/status-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { INPUT_CLASS, TextField } from "@/components/forms/text-field";

export type ContactFormLabels = {
  name: string;
  email: string;
  emailHint: string;
  message: string;
  messageHint: string;
  honeypot: string;
  submit: string;
  pending: string;
};

type Props = {
  action: FormAction;
  slug: string;
  maxLength: number;
  /** The page's words: the entry page's part of the site sends no form namespaces to the browser. */
  labels: ContactFormLabels;
  /** Shown under the success message (a way back to the entry). */
  after?: React.ReactNode;
};

const FORM = "contact";

/**
 * A visitor's message to the people behind an entry. What was typed is kept
 * when the server refuses it (a field, a limit). The "website" field is a
 * honeypot: hidden from sight and from the tab order, labelled for screen
 * readers to be left empty; programs that fill every field fill it too.
 */
export function ContactForm({ action, slug, maxLength, labels, after }: Props) {
  const [state, formAction] = useActionState(action, IDLE);
  const errors = state.fieldErrors;
  if (state.status === "ok") {
    return (
      <div className="space-y-4">
        <StatusMessage>{state.message}</StatusMessage>
        {after}
      </div>
    );
  }
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <input type="hidden" name="slug" value={slug} />
      <FormOutcome state={state} shown={["name", "email", "message"]} />
      <TextField form={FORM} name="name" label={labels.name} autoComplete="name" defaultValue={state.values.name} errors={errors.name} maxLength={120} />
      <TextField
        form={FORM}
        name="email"
        type="email"
        label={labels.email}
        hint={labels.emailHint}
        autoComplete="email"
        defaultValue={state.values.email}
        errors={errors.email}
        maxLength={254}
      />
      <LabelledField id={fieldId(FORM, "message")} label={labels.message} hint={labels.messageHint} errors={errors.message}>
        {(aria) => (
          <textarea {...aria} name="message" rows={8} required maxLength={maxLength} defaultValue={state.values.message ?? ""} className={INPUT_CLASS} />
        )}
      </LabelledField>
      <div className="sr-only">
        <label htmlFor={fieldId(FORM, "website")}>{labels.honeypot}</label>
        <input id={fieldId(FORM, "website")} name="website" type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
      </div>
      <SubmitButton pendingLabel={labels.pending}>{labels.submit}</SubmitButton>
    </form>
  );
}
