"use server";

import { revalidatePath } from "next/cache";
import { getLocale } from "next-intl/server";
import { currentActor } from "@/lib/auth/session";
import { toActionState, type ActionState } from "@/lib/forms/action-state";
import { formInput } from "@/lib/forms/form-input";
import { inviteSchema, membershipRefSchema, organisationSchema } from "@/lib/organisations/schema";
import { createOrganisation } from "@/lib/organisations/admin";
import { inviteMember, type InvitationOutcome } from "@/lib/organisations/invitations";
import { approveMembership, removeMembership } from "@/lib/organisations/memberships";
import { changeRoleSchema, changeUserRole, setUserActive, userActiveSchema } from "@/lib/users/admin";

// Each action checks the actor's current role in lib/, whatever the page showed.

export async function changeRoleAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  const result = await changeUserRole(await currentActor(), formInput(form, changeRoleSchema));
  if (result.ok) revalidatePath("/admin");
  return toActionState(result, {}, "Role changed.");
}

export async function setUserActiveAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  const result = await setUserActive(await currentActor(), formInput(form, userActiveSchema));
  if (!result.ok) return toActionState(result);
  revalidatePath("/admin");
  return toActionState(result, {}, result.active ? "Reactivated: they can sign in again." : "Deactivated: they are signed out and cannot sign in.");
}

export async function createOrganisationAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  const values = formInput(form, organisationSchema);
  const result = await createOrganisation(await currentActor(), values);
  if (!result.ok) return toActionState(result, values);
  revalidatePath("/admin/organisations");
  return toActionState(result, {}, `${values.name} is created.`);
}

export async function approveMembershipAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  const result = await approveMembership(await currentActor(), formInput(form, membershipRefSchema));
  if (result.ok) revalidatePath("/admin/organisations", "layout");
  return toActionState(result, {}, "Approved.");
}

export async function removeMembershipAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  const result = await removeMembership(await currentActor(), formInput(form, membershipRefSchema));
  if (result.ok) revalidatePath("/admin/organisations", "layout");
  return toActionState(result, {}, "Removed.");
}

export async function inviteMemberAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  const values = formInput(form, inviteSchema);
  const result = await inviteMember(await currentActor(), values, await getLocale());
  if (!result.ok) return toActionState(result, values);
  revalidatePath("/admin/organisations", "layout");
  return toActionState(result, {}, invitationMessage(values.email.trim().toLowerCase(), result));
}

// Says what happened, and only that: who is a member now, and whether the mail went out.
function invitationMessage(email: string, { outcome, mailed }: InvitationOutcome): string {
  if (outcome === "added") {
    return mailed
      ? `${email} is now a member, and we have mailed them to say so.`
      : `${email} is now a member, but the mail to tell them could not be sent. Please let them know yourself.`;
  }
  return mailed
    ? `We have mailed an invitation to ${email}. They become a member once they open its link and choose a password; until then they are listed as invited.`
    : `${email} is listed as invited, but the invitation mail could not be sent, so they cannot accept it yet. Please try again later.`;
}
