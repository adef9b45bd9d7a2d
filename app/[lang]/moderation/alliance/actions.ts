"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getLocale } from "next-intl/server";
import { approveApplication, askForMore, declineApplication } from "@/lib/alliance/decide";
import { approveSchema, askMoreSchema, declineSchema, membershipChangeSchema } from "@/lib/alliance/application-schema";
import { changeMembership } from "@/lib/alliance/membership";
import { currentActor } from "@/lib/auth/session";
import { toActionState, type ActionState } from "@/lib/forms/action-state";
import { formInput } from "@/lib/forms/form-input";
import { localisedPath } from "@/lib/i18n/locales";

async function backToQueue(done: string): Promise<never> {
  revalidatePath("/moderation/alliance");
  revalidatePath("/alliance");
  redirect(localisedPath(await getLocale(), `/moderation/alliance?done=${done}`));
}

export async function approveAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  const result = await approveApplication(await currentActor(), formInput(form, approveSchema));
  if (!result.ok) return toActionState(result);
  // The new member's entries carry the badge now.
  revalidatePath("/entries", "layout");
  return backToQueue("approved");
}

export async function askMoreAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  const input = formInput(form, askMoreSchema);
  const result = await askForMore(await currentActor(), input);
  if (!result.ok) return toActionState(result, { message: input.message });
  return backToQueue("more");
}

export async function declineAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  const input = formInput(form, declineSchema);
  const result = await declineApplication(await currentActor(), input);
  if (!result.ok) return toActionState(result, { reason: input.reason });
  return backToQueue("declined");
}

export async function changeMembershipAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  const input = formInput(form, membershipChangeSchema);
  const result = await changeMembership(await currentActor(), input);
  if (!result.ok) return toActionState(result, { state: input.state, reason: input.reason });
  revalidatePath("/entries", "layout");
  return backToQueue("changed");
}
