"use server";

import { revalidatePath } from "next/cache";
import { getLocale, getTranslations } from "next-intl/server";
import { currentActor } from "@/lib/auth/session";
import { toActionState, type ActionState } from "@/lib/forms/action-state";
import { formInput } from "@/lib/forms/form-input";
import { formSize } from "@/lib/forms/input-text";
import { sendContactMessage } from "@/lib/contact/relay";
import { contactMessageSchema } from "@/lib/contact/schema";
import { requestContext } from "../../auth/request-context";
import { formatDate } from "@/lib/format/dates";
import { proposeEvidence } from "@/lib/evidence/propose";
import { proposeEvidenceSchema, withdrawEvidenceProposalSchema } from "@/lib/evidence/proposal-schema";
import { withdrawEvidenceProposal } from "@/lib/evidence/withdraw";
import { confirmStillAccurate } from "@/lib/verification/confirm";
import { confirmAccurateSchema } from "@/lib/verification/schema";

/** "Still accurate", from the entry page or the contributions page: the page shows the new date once revalidated. */
export async function confirmAccurateAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  const actor = await currentActor();
  const input = formInput(form, confirmAccurateSchema);
  const result = await confirmStillAccurate(actor, input);
  if (!result.ok) return toActionState(result);
  revalidatePath(`/entries/${input.slug}`);
  revalidatePath("/contributions");
  revalidatePath("/moderation/needs-checking");
  const [t, locale] = await Promise.all([getTranslations("entry.verification"), getLocale()]);
  return toActionState(result, {}, t("confirmed", { date: formatDate(result.verifiedAt, locale) }));
}

/** Proposed evidence, from the entry page: the form stays and says it was sent; the page shows it waiting once revalidated. */
export async function proposeEvidenceAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  const actor = await currentActor();
  const input = formInput(form, proposeEvidenceSchema);
  const result = await proposeEvidence(actor, input);
  if (!result.ok) return toActionState(result, { level: input.level, url: input.url, note: input.note });
  revalidatePath(`/entries/${input.slug}`);
  revalidatePath("/contributions");
  revalidatePath("/moderation", "layout");
  const t = await getTranslations("evidenceProposal");
  return toActionState(result, {}, t("done"));
}

/** The proposer takes back evidence no moderator has decided on: the form returns, with the answer above it. */
export async function withdrawEvidenceProposalAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  const actor = await currentActor();
  const result = await withdrawEvidenceProposal(actor, formInput(form, withdrawEvidenceProposalSchema));
  if (!result.ok) return toActionState(result);
  revalidatePath(`/entries/${result.slug}`);
  revalidatePath("/contributions");
  revalidatePath("/moderation", "layout");
  const t = await getTranslations("evidenceProposal");
  return toActionState(result, {}, t("withdrawn"));
}

/** A visitor's message to the people behind an entry: relayed by lib/contact; what was typed comes back when it is refused. */
export async function sendContactMessageAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  const input = formInput(form, contactMessageSchema);
  const { ip } = await requestContext();
  const result = await sendContactMessage(input, { ip, requestBytes: formSize(form) });
  // Never the honeypot: what a person did not type does not come back.
  if (!result.ok) return toActionState(result, { name: input.name, email: input.email, message: input.message });
  const t = await getTranslations("contact");
  return toActionState(result, {}, t("sent", { organisation: result.organisation }));
}
