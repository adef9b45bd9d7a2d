"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { currentActor } from "@/lib/auth/session";
import { toActionState, type ActionState } from "@/lib/forms/action-state";
import { unconfirmed } from "@/lib/forms/confirmation";
import { formInput } from "@/lib/forms/form-input";
import { formTextEntries } from "@/lib/forms/input-text";
import { localisedPath } from "@/lib/i18n/locales";
import { assessEvidence } from "@/lib/evidence/assess";
import { setEntryContact } from "@/lib/contact/moderation";
import { entryContactSwitchSchema } from "@/lib/contact/schema";
import { assessEvidenceSchema } from "@/lib/evidence/schema";
import { acceptEvidenceProposal, declineEvidenceProposal } from "@/lib/evidence/decide";
import { acceptEvidenceProposalSchema, declineEvidenceProposalSchema } from "@/lib/evidence/proposal-schema";
import { archiveEntry, restoreEntry } from "@/lib/submissions/archive";
import { reviewProposal } from "@/lib/submissions/review";
import { archiveSchema, restoreSchema, reviewDecisionSchema } from "@/lib/submissions/schema";

const FIELD_COMMENT = "fieldComments.";

/** Per-field comments arrive as fieldComments.<field>; empty boxes are left out. */
function fieldComments(form: FormData): Record<string, string> {
  return Object.fromEntries(
    formTextEntries(form).flatMap(([key, value]) =>
      key.startsWith(FIELD_COMMENT) && value.trim() !== "" ? [[key.slice(FIELD_COMMENT.length), value]] : [],
    ),
  );
}

export async function reviewProposalAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  const actor = await currentActor();
  const { decision, proposalId, expectedVersion, comment } = formInput(form, reviewDecisionSchema);
  const comments = fieldComments(form);
  const base = { decision, proposalId, expectedVersion, comment };
  const values = {
    decision,
    comment,
    ...Object.fromEntries(Object.entries(comments).map(([field, value]) => [`${FIELD_COMMENT}${field}`, value])),
  };
  // Field comments only make sense with a request for changes; the schema refuses them elsewhere.
  const result = await reviewProposal(actor, decision === "request_changes" ? { ...base, fieldComments: comments } : base);
  if (!result.ok) return toActionState(result, values);

  revalidatePath("/moderation", "layout");
  revalidatePath("/contributions", "layout");
  if (result.entrySlug) revalidatePath(`/entries/${result.entrySlug}`);
  const query = new URLSearchParams({ done: result.state, ...(result.entrySlug ? { entry: result.entrySlug } : {}) });
  redirect(localisedPath(await getLocale(), `/moderation?${query.toString()}`));
}

export async function archiveEntryAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  const actor = await currentActor();
  const input = formInput(form, archiveSchema);
  const values = { reason: input.reason, successor: input.successor };
  const t = await getTranslations("moderation.archive");
  const refused = unconfirmed(form, t("confirmRequired"));
  if (refused) return toActionState(refused, values);
  const result = await archiveEntry(actor, input);
  if (!result.ok) return toActionState(result, values);

  revalidatePath("/moderation", "layout");
  revalidatePath(`/entries/${input.slug}`);
  redirect(localisedPath(await getLocale(), `/moderation/entries/${encodeURIComponent(input.slug)}?done=archived`));
}

export async function restoreEntryAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  const actor = await currentActor();
  const input = formInput(form, restoreSchema);
  const values = { reason: input.reason };
  const result = await restoreEntry(actor, input);
  if (!result.ok) return toActionState(result, values);

  revalidatePath("/moderation", "layout");
  revalidatePath(`/entries/${input.slug}`);
  redirect(localisedPath(await getLocale(), `/moderation/entries/${encodeURIComponent(input.slug)}?done=restored`));
}

export async function assessEvidenceAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  const actor = await currentActor();
  const input = formInput(form, assessEvidenceSchema);
  const result = await assessEvidence(actor, input);
  if (!result.ok) return toActionState(result, { level: input.level, justification: input.justification, evidenceUrl: input.evidenceUrl });

  revalidatePath(`/entries/${input.slug}`);
  redirect(localisedPath(await getLocale(), `/moderation/entries/${encodeURIComponent(input.slug)}?done=evidence#evidence`));
}

export async function acceptEvidenceProposalAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  const actor = await currentActor();
  const input = formInput(form, acceptEvidenceProposalSchema);
  const result = await acceptEvidenceProposal(actor, input);
  if (!result.ok) return toActionState(result, { level: input.level, justification: input.justification });

  revalidatePath("/moderation", "layout");
  revalidatePath("/contributions");
  revalidatePath(`/entries/${result.slug}`);
  redirect(localisedPath(await getLocale(), `/moderation/entries/${encodeURIComponent(result.slug)}?done=evidence-accepted#evidence`));
}

export async function declineEvidenceProposalAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  const actor = await currentActor();
  const input = formInput(form, declineEvidenceProposalSchema);
  const result = await declineEvidenceProposal(actor, input);
  if (!result.ok) return toActionState(result, { reason: input.reason });

  revalidatePath("/moderation", "layout");
  revalidatePath("/contributions");
  revalidatePath(`/entries/${result.slug}`);
  redirect(localisedPath(await getLocale(), `/moderation/entries/${encodeURIComponent(result.slug)}?done=evidence-declined`));
}

export async function setEntryContactAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  const actor = await currentActor();
  const input = formInput(form, entryContactSwitchSchema);
  const result = await setEntryContact(actor, input);
  if (!result.ok) return toActionState(result, { reason: input.reason });

  revalidatePath(`/entries/${input.slug}`);
  revalidatePath(`/entries/${input.slug}/contact`);
  redirect(localisedPath(await getLocale(), `/moderation/entries/${encodeURIComponent(input.slug)}?done=contact#contact`));
}
