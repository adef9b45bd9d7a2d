"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { deleteAccount, deleteAccountSchema } from "@/lib/account/delete";
import { currentActor, endSession } from "@/lib/auth/session";
import { toActionState, type ActionState } from "@/lib/forms/action-state";
import { formInput } from "@/lib/forms/form-input";
import { localisedPath } from "@/lib/i18n/locales";
import { organisationIdSchema } from "@/lib/organisations/schema";
import { removeMembership, requestMembership } from "@/lib/organisations/memberships";
import { mailLanguageSchema, setMailLanguage } from "@/lib/users/mail-language";

export async function requestMembershipAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  const result = await requestMembership(await currentActor(), formInput(form, organisationIdSchema));
  if (result.ok) revalidatePath("/account");
  const t = await getTranslations("account.done");
  return toActionState(result, {}, t("requested"));
}

export async function leaveOrganisationAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  const actor = await currentActor();
  const result = await removeMembership(actor, { ...formInput(form, organisationIdSchema), userId: actor?.id });
  if (result.ok) revalidatePath("/account");
  const t = await getTranslations("account.done");
  return toActionState(result, {}, t("left"));
}

export async function deleteAccountAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  const locale = await getLocale();
  const actor = await currentActor();
  if (!actor) redirect(localisedPath(locale, "/auth/sign-in?callbackUrl=%2Faccount"));
  const values = formInput(form, deleteAccountSchema);
  const result = await deleteAccount(actor, values);
  if (!result.ok) return toActionState(result, values);
  await endSession();
  redirect(localisedPath(locale, "/"));
}

/** "Language of mails": the refusals come from lib/ in English, so they are said again here in the page's language. */
export async function mailLanguageAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  const t = await getTranslations("mailLanguage");
  const result = await setMailLanguage(await currentActor(), formInput(form, mailLanguageSchema));
  if (result.ok) {
    revalidatePath("/account");
    return toActionState(result, {}, t("saved"));
  }
  if (result.code === "forbidden") return { ...toActionState(result), message: t("signIn") };
  return { ...toActionState(result), message: t("invalid"), fieldErrors: { locale: [t("invalid")] } };
}
