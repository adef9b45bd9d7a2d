"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { currentActor } from "@/lib/auth/session";
import { formText, formTextEntries } from "@/lib/forms/input-text";
import { archiveEntry, restoreEntry } from "@/lib/submissions/archive";
import type { Failure } from "@/lib/submissions/result";
import { reviewProposal } from "@/lib/submissions/review";
import type { FormState } from "@/components/moderation/form-state";

const FIELD_COMMENT = "fieldComments.";

function text(form: FormData, name: string): string {
  return formText(form, name) ?? "";
}

function failed(failure: Failure, values: Record<string, string>): FormState {
  return { code: failure.code, message: failure.message, fieldErrors: failure.fieldErrors ?? {}, values };
}

/** Per-field comments arrive as fieldComments.<field>; empty boxes are left out. */
function fieldComments(form: FormData): Record<string, string> {
  return Object.fromEntries(
    formTextEntries(form).flatMap(([key, value]) =>
      key.startsWith(FIELD_COMMENT) && value.trim() !== "" ? [[key.slice(FIELD_COMMENT.length), value]] : [],
    ),
  );
}

export async function reviewProposalAction(_previous: FormState, form: FormData): Promise<FormState> {
  const actor = await currentActor();
  const decision = text(form, "decision");
  const comments = fieldComments(form);
  const base = { decision, proposalId: text(form, "proposalId"), expectedVersion: text(form, "expectedVersion"), comment: text(form, "comment") };
  const values = {
    decision,
    comment: base.comment,
    ...Object.fromEntries(Object.entries(comments).map(([field, value]) => [`${FIELD_COMMENT}${field}`, value])),
  };
  // Field comments only make sense with a request for changes; the schema refuses them elsewhere.
  const result = await reviewProposal(actor, decision === "request_changes" ? { ...base, fieldComments: comments } : base);
  if (!result.ok) return failed(result, values);

  revalidatePath("/moderation", "layout");
  revalidatePath("/contributions", "layout");
  if (result.entrySlug) revalidatePath(`/entries/${result.entrySlug}`);
  const query = new URLSearchParams({ done: result.state, ...(result.entrySlug ? { entry: result.entrySlug } : {}) });
  redirect(`/moderation?${query.toString()}`);
}

export async function archiveEntryAction(_previous: FormState, form: FormData): Promise<FormState> {
  const actor = await currentActor();
  const slug = text(form, "slug");
  const values = { reason: text(form, "reason") };
  if (form.get("confirm") !== "yes") {
    return {
      code: "invalid",
      message: "Please confirm that the entry should leave the public site.",
      fieldErrors: { confirm: ["Tick this box to confirm."] },
      values,
    };
  }
  const result = await archiveEntry(actor, { slug, reason: values.reason });
  if (!result.ok) return failed(result, values);

  revalidatePath("/moderation", "layout");
  revalidatePath(`/entries/${slug}`);
  redirect(`/moderation/entries/${encodeURIComponent(slug)}?done=archived`);
}

export async function restoreEntryAction(_previous: FormState, form: FormData): Promise<FormState> {
  const actor = await currentActor();
  const slug = text(form, "slug");
  const values = { reason: text(form, "reason") };
  const result = await restoreEntry(actor, { slug, reason: values.reason });
  if (!result.ok) return failed(result, values);

  revalidatePath("/moderation", "layout");
  revalidatePath(`/entries/${slug}`);
  redirect(`/moderation/entries/${encodeURIComponent(slug)}?done=restored`);
}
