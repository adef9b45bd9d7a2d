"use client";

import { useLocale, useTranslations } from "next-intl";
import { useActionState, useState, type FormEvent } from "react";
import { contentFromFormData, forSubmission, type EditorContent } from "@/lib/submissions/form-data";
import { invalid } from "@/lib/result";
import { isFailed } from "@/lib/forms/action-state";
import { EDITOR_IDLE, type EditorState } from "@/lib/submissions/editor-state";
import { proposalContentSchema, proposalDraftSchema } from "@/lib/submissions/schema";
import { BasicsSection } from "./basics-section";
import { ClassificationSection } from "./classification-section";
import type { PreviewAction } from "./description-field";
import { EditorMessagesProvider } from "./editor-context";
import { ConflictNotice } from "@/components/forms/conflict-notice";
import { ErrorSummary } from "@/components/forms/error-summary";
import { problemsOf } from "@/components/forms/problems";
import { EventFields } from "@/components/events/event-fields";
import { FactsSection } from "./facts-section";
import { pathLabel, targetId } from "./field-paths";
import { translateErrors, translateProblem } from "@/components/forms/problem-text";
import { localisedPath } from "@/lib/i18n/locales";
import { LinksField } from "./links-field";
import { Section } from "./section";
import { SourcesField } from "./sources-field";
import { TranslationsSection } from "./translations-section";
import { EditorButtons } from "./editor-footer";

type Props = {
  proposalId: string;
  version: number;
  initial: EditorContent;
  /** The moderator's comments on fields, from the last request for changes. */
  notes: Record<string, string>;
  resubmission: boolean;
  action: (previous: EditorState, form: FormData) => Promise<EditorState>;
  preview: PreviewAction;
};

type LocalCheck = { values: EditorContent | null; errors: Record<string, string[]> | null; message: string; round: number };

// The English of the two refusals the browser's own check makes (the server says the same; both are translated for the page).
const DRAFT_PROBLEM = "Some fields need attention before the draft can be saved.";
const SUBMIT_PROBLEM = "The proposal is not complete yet: some fields need attention.";

export function EntryEditor({ proposalId, version, initial, notes, resubmission, action, preview }: Props) {
  const [state, formAction, pending] = useActionState(action, EDITOR_IDLE);
  const t = useTranslations("editor");
  const v = useTranslations("validation");
  const locale = useLocale();
  // An error's dotted path, named for the summary, and linked to the input that shows it (if any).
  const describeProblem = (path: string) => ({ label: pathLabel(path, t, locale), inputId: targetId(path) ?? undefined });
  const [local, setLocal] = useState<LocalCheck>({ values: null, errors: null, message: "", round: 0 });
  const [seenRound, setSeenRound] = useState(state.round);
  if (state.round !== seenRound) {
    // The server answered: its check replaces the one made in the browser.
    setSeenRound(state.round);
    setLocal((l) => ({ ...l, values: null, errors: null }));
  }

  const values = local.values ?? state.values ?? initial;
  const errors = translateErrors(local.errors ?? state.fieldErrors, v);
  const message = local.errors ? local.message : state.message;
  const failed = local.errors !== null || (isFailed(state) && state.status !== "conflict");
  const round = `${state.round}:${local.round}`;

  // The same schemas as the server, so most problems show at once, without a round trip.
  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    const submitter = e.nativeEvent instanceof SubmitEvent ? e.nativeEvent.submitter : null;
    const form = new FormData(e.currentTarget, submitter);
    const intent = form.get("intent");
    if (intent === "preview") return;
    const content = contentFromFormData(form);
    const parsed = intent === "submit" ? proposalContentSchema.safeParse(forSubmission(content)) : proposalDraftSchema.safeParse(content);
    if (parsed.success) {
      setLocal((l) => ({ ...l, errors: null }));
      return;
    }
    e.preventDefault();
    const failure = invalid(parsed.error, intent === "submit" ? SUBMIT_PROBLEM : DRAFT_PROBLEM);
    setLocal((l) => ({ values: content, errors: failure.fieldErrors, message: failure.message, round: l.round + 1 }));
  };

  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="space-y-6" aria-describedby="editor-intro">
      <p id="editor-intro" className="text-sm text-slate-700">
        {t("intro")}
      </p>
      {state.status === "conflict" && (
        <ConflictNotice
          title={t("conflict.title")}
          message={translateProblem(state.message, v)}
          advice={t("conflict.advice")}
          reloadHref={localisedPath(locale, `/contributions/${proposalId}`)}
          reloadLabel={t("conflict.reload")}
        />
      )}
      {failed && <ErrorSummary message={message} problems={problemsOf(errors, describeProblem)} round={round} />}
      <input type="hidden" name="id" value={proposalId} />
      <input type="hidden" name="expectedVersion" value={version} />
      <EditorMessagesProvider value={{ errors, notes }}>
        <div key={round} className="space-y-6">
          <BasicsSection values={values} preview={preview} serverPreviewHtml={state.previewHtml} />
          <ClassificationSection values={values} />
          {values.kind === "event" && <EventFields values={values} />}
          <FactsSection values={values} />
          <Section id="references" title={t("references")}>
            <LinksField links={values.links ?? []} />
            <SourcesField sources={values.sources ?? []} />
          </Section>
          <TranslationsSection values={values} />
        </div>
      </EditorMessagesProvider>
      <EditorButtons pending={pending} resubmission={resubmission} />
    </form>
  );
}
