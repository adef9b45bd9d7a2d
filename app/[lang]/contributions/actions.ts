"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getLocale } from "next-intl/server";
import { z } from "zod";
import { currentActor } from "@/lib/auth/session";
import { IDLE, toActionState, type ActionState } from "@/lib/forms/action-state";
import { unconfirmed } from "@/lib/forms/confirmation";
import { formInput } from "@/lib/forms/form-input";
import { localisedPath } from "@/lib/i18n/locales";
import { renderMarkdown } from "@/lib/catalogue/markdown";
import { fail, type Failure } from "@/lib/result";
import type { EditorState } from "@/lib/submissions/editor-state";
import { contentFromFormData, forSubmission, type EditorContent } from "@/lib/submissions/form-data";
import { createProposal, deleteDraft, saveDraft, startEdit, submitProposal } from "@/lib/submissions/proposals";
import { newEntrySchema } from "@/lib/submissions/schema";

const proposalRef = z.object({ id: z.uuid(), expectedVersion: z.coerce.number().int().min(1) });
const entryRef = z.object({ slug: z.string() });
// An unknown button reads as "save", the harmless one.
/** A redirect to a page in the language of the page the form was on. */
async function redirectTo(path: string): Promise<never> {
  redirect(localisedPath(await getLocale(), path));
}

const editorIntent = z.object({ intent: z.enum(["save", "submit", "preview"]).catch("save") });

/** A new entry starts as a draft with just its organisation, kind and title. */
export async function createEntryAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  const actor = await currentActor();
  const values = formInput(form, newEntrySchema);
  const result = await createProposal(actor, { organisationId: values.organisationId, content: { kind: values.kind, title: values.title } });
  if (!result.ok) return toActionState(result, values);
  revalidatePath("/contributions");
  return redirectTo(`/contributions/${result.id}?done=created`);
}

/** Opens (or reopens) the proposal that edits a published entry. */
export async function startEditAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  const actor = await currentActor();
  const result = await startEdit(actor, formInput(form, entryRef).slug);
  if (!result.ok) return toActionState(result);
  revalidatePath("/contributions");
  return redirectTo(`/contributions/${result.id}`);
}

// The editor's answer: the failure (or, for a preview, none) with what was typed.
function editorAnswer(previous: EditorState, values: EditorContent, failure: Failure | null, previewHtml: string | null = null): EditorState {
  return { ...(failure ? toActionState(failure) : IDLE), values, previewHtml, round: previous.round + 1 };
}

/** Save draft, submit for review, or (without JavaScript) preview the description. */
export async function saveProposalAction(previous: EditorState, form: FormData): Promise<EditorState> {
  const actor = await currentActor();
  const content = contentFromFormData(form);
  const { intent } = editorIntent.parse(formInput(form, editorIntent));
  if (intent === "preview") return editorAnswer(previous, content, null, actor ? renderMarkdown(content.description ?? "") : "");
  const ref = proposalRef.safeParse(formInput(form, proposalRef));
  if (!ref.success) return editorAnswer(previous, content, fail("not_found", "This proposal could not be found. Reload the page."));
  const input = { ...ref.data, content: intent === "submit" ? forSubmission(content) : content };
  const result = intent === "submit" ? await submitProposal(actor, input) : await saveDraft(actor, input);
  if (!result.ok) return editorAnswer(previous, content, result);
  revalidatePath("/contributions", "layout");
  return redirectTo(`/contributions/${ref.data.id}?done=${intent === "submit" ? "submitted" : "saved"}`);
}

const MAX_PREVIEW = 20_000;

/** The description as the entry page will show it: through the same sanitiser. */
export async function previewDescriptionAction(markdown: string): Promise<{ html: string }> {
  const actor = await currentActor();
  if (!actor || typeof markdown !== "string") return { html: "" };
  return { html: renderMarkdown(markdown.slice(0, MAX_PREVIEW)) };
}

export async function deleteDraftAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  const actor = await currentActor();
  const refused = unconfirmed(form, "Please confirm that the draft should be deleted.");
  if (refused) return toActionState(refused);
  const ref = proposalRef.safeParse(formInput(form, proposalRef));
  if (!ref.success) return toActionState(fail("not_found", "This draft could not be found. Reload the page."));
  const result = await deleteDraft(actor, ref.data);
  if (!result.ok) return toActionState(result);
  revalidatePath("/contributions", "layout");
  return redirectTo("/contributions?done=deleted");
}
