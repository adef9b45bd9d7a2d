"use server";

import { revalidatePath } from "next/cache";
import { getLocale, getTranslations } from "next-intl/server";
import { currentActor } from "@/lib/auth/session";
import { toActionState, type ActionState } from "@/lib/forms/action-state";
import { formInput } from "@/lib/forms/form-input";
import { inviteSchema, membershipRefSchema, organisationContactSchema, organisationSchema } from "@/lib/organisations/schema";
import { setOrganisationContact } from "@/lib/organisations/contact";
import { createOrganisation } from "@/lib/organisations/admin";
import { inviteMember, type InvitationOutcome } from "@/lib/organisations/invitations";
import { approveMembership, removeMembership } from "@/lib/organisations/memberships";
import { changeRoleSchema, changeUserRole, setUserActive, userActiveSchema } from "@/lib/users/admin";

// Each action checks the actor's current role in lib/, whatever the page showed.

export async function changeRoleAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  const result = await changeUserRole(await currentActor(), formInput(form, changeRoleSchema));
  if (result.ok) revalidatePath("/admin");
  const t = await getTranslations("admin.done");
  return toActionState(result, {}, t("roleChanged"));
}

export async function setUserActiveAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  const result = await setUserActive(await currentActor(), formInput(form, userActiveSchema));
  if (!result.ok) return toActionState(result);
  revalidatePath("/admin");
  const t = await getTranslations("admin.done");
  return toActionState(result, {}, result.active ? t("reactivated") : t("deactivated"));
}

export async function createOrganisationAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  const values = formInput(form, organisationSchema);
  const result = await createOrganisation(await currentActor(), values);
  if (!result.ok) return toActionState(result, values);
  revalidatePath("/admin/organisations");
  const t = await getTranslations("admin.done");
  return toActionState(result, {}, t("organisationCreated", { name: values.name }));
}

export async function approveMembershipAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  const result = await approveMembership(await currentActor(), formInput(form, membershipRefSchema));
  if (result.ok) revalidatePath("/admin/organisations", "layout");
  const t = await getTranslations("admin.done");
  return toActionState(result, {}, t("approved"));
}

export async function removeMembershipAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  const result = await removeMembership(await currentActor(), formInput(form, membershipRefSchema));
  if (result.ok) revalidatePath("/admin/organisations", "layout");
  const t = await getTranslations("admin.done");
  return toActionState(result, {}, t("removed"));
}

export async function inviteMemberAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  const values = formInput(form, inviteSchema);
  const result = await inviteMember(await currentActor(), values, await getLocale());
  if (!result.ok) return toActionState(result, values);
  revalidatePath("/admin/organisations", "layout");
  const t = await getTranslations("admin.done.invitation");
  return toActionState(result, {}, t(invitationKey(result), { email: values.email.trim().toLowerCase() }));
}

// Says what happened, and only that: who is a member now, and whether the mail went out.
function invitationKey({ outcome, mailed }: InvitationOutcome): "added" | "addedUnmailed" | "invited" | "invitedUnmailed" {
  if (outcome === "added") return mailed ? "added" : "addedUnmailed";
  return mailed ? "invited" : "invitedUnmailed";
}

export async function setOrganisationContactAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  const values = formInput(form, organisationContactSchema);
  const result = await setOrganisationContact(await currentActor(), values);
  if (!result.ok) return toActionState(result, { contactEmail: values.contactEmail });
  // Entry pages show their contact link from this address.
  revalidatePath("/", "layout");
  const t = await getTranslations("admin.contact");
  return toActionState(result, { contactEmail: values.contactEmail.trim().toLowerCase() }, t(`done.${result.change}`));
}
