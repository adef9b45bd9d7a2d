"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { currentActor } from "@/lib/auth/session";
import { formText } from "@/lib/forms/input-text";
import { renderMarkdown } from "@/lib/catalogue/markdown";
import { contentFromFormData, forSubmission } from "@/lib/submissions/form-data";
import { createProposal, deleteDraft, saveDraft, startEdit, submitProposal } from "@/lib/submissions/proposals";
import type { Failure } from "@/lib/submissions/result";
import type { EditorState } from "@/components/editor/editor-state";
import type { SimpleFormState } from "@/components/contributions/form-state";

const proposalRef = z.object({ id: z.uuid(), expectedVersion: z.coerce.number().int().min(1) });

function text(form: FormData, name: string): string {
  return formText(form, name) ?? "";
}

function failed(failure: Failure, values: Record<string, string>): SimpleFormState {
  return { code: failure.code, message: failure.message, fieldErrors: failure.fieldErrors ?? {}, values };
}

/** A new entry starts as a draft with just its organisation, kind and title. */
export async function createEntryAction(_previous: SimpleFormState, form: FormData): Promise<SimpleFormState> {
  const actor = await currentActor();
  const values = { organisationId: text(form, "organisationId"), kind: text(form, "kind"), title: text(form, "title") };
  const result = await createProposal(actor, { organisationId: values.organisationId, content: { kind: values.kind, title: values.title } });
  if (!result.ok) return failed(result, values);
  revalidatePath("/contributions");
  redirect(`/contributions/${result.id}?done=created`);
}

/** Opens (or reopens) the proposal that edits a published entry. */
export async function startEditAction(_previous: SimpleFormState, form: FormData): Promise<SimpleFormState> {
  const actor = await currentActor();
  const result = await startEdit(actor, text(form, "slug"));
  if (!result.ok) return failed(result, {});
  revalidatePath("/contributions");
  redirect(`/contributions/${result.id}`);
}

/** Save draft, submit for review, or (without JavaScript) preview the description. */
export async function saveProposalAction(previous: EditorState, form: FormData): Promise<EditorState> {
  const actor = await currentActor();
  const round = previous.round + 1;
  const content = contentFromFormData(form);
  const intent = text(form, "intent");
  if (intent === "preview") {
    const html = actor ? renderMarkdown(content.description ?? "") : "";
    return { code: "preview", message: "", fieldErrors: {}, values: content, previewHtml: html, round };
  }
  const ref = proposalRef.safeParse({ id: text(form, "id"), expectedVersion: text(form, "expectedVersion") });
  if (!ref.success) {
    return { code: "not_found", message: "This proposal could not be found. Reload the page.", fieldErrors: {}, values: content, previewHtml: null, round };
  }
  const input = { ...ref.data, content: intent === "submit" ? forSubmission(content) : content };
  const result = intent === "submit" ? await submitProposal(actor, input) : await saveDraft(actor, input);
  if (!result.ok) {
    return { code: result.code, message: result.message, fieldErrors: result.fieldErrors ?? {}, values: content, previewHtml: null, round };
  }
  revalidatePath("/contributions", "layout");
  redirect(`/contributions/${ref.data.id}?done=${intent === "submit" ? "submitted" : "saved"}`);
}

const MAX_PREVIEW = 20_000;

/** The description as the entry page will show it: through the same sanitiser. */
export async function previewDescriptionAction(markdown: string): Promise<{ html: string }> {
  const actor = await currentActor();
  if (!actor || typeof markdown !== "string") return { html: "" };
  return { html: renderMarkdown(markdown.slice(0, MAX_PREVIEW)) };
}

export async function deleteDraftAction(_previous: SimpleFormState, form: FormData): Promise<SimpleFormState> {
  const actor = await currentActor();
  if (form.get("confirm") !== "yes") {
    return { code: "invalid", message: "Please confirm that the draft should be deleted.", fieldErrors: { confirm: ["Tick this box to confirm."] }, values: {} };
  }
  const ref = proposalRef.safeParse({ id: text(form, "id"), expectedVersion: text(form, "expectedVersion") });
  if (!ref.success) return { code: "not_found", message: "This draft could not be found. Reload the page.", fieldErrors: {}, values: {} };
  const result = await deleteDraft(actor, ref.data);
  if (!result.ok) return failed(result, {});
  revalidatePath("/contributions", "layout");
  redirect("/contributions?done=deleted");
}
