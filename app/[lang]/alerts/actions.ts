"use server";

import { redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { confirmAlert, createAlert, deleteAlert, setAlertPaused, subscribeByEmail, unsubscribeAlert, updateAlert } from "@/lib/alerts/subscriptions";
import { currentActor } from "@/lib/auth/session";
import { toActionState, type ActionState } from "@/lib/forms/action-state";
import { formInput } from "@/lib/forms/form-input";
import { localisedPath } from "@/lib/i18n/locales";
import { createAlertSchema, signedAlertLinkSchema, subscribeSchema, updateAlertSchema, alertIdSchema } from "@/lib/alerts/schema";
import { requestContext } from "../auth/request-context";

async function goTo(path: string): Promise<never> {
  redirect(localisedPath(await getLocale(), path));
}

/** "Get alerts": a signed-in person's alert is saved at once; a visitor gets a confirmation mail. */
export async function newAlertAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  const actor = await currentActor();
  if (actor) {
    const input = formInput(form, createAlertSchema);
    const result = await createAlert(actor, input);
    if (!result.ok) return toActionState(result, { name: input.name, frequency: input.frequency });
    return goTo("/alerts?done=created");
  }
  const input = { ...formInput(form, subscribeSchema), locale: await getLocale() };
  const result = await subscribeByEmail(input, await requestContext());
  const t = await getTranslations("alerts");
  return toActionState(result, { email: input.email, frequency: input.frequency }, t("checkMail"));
}

export async function updateAlertAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  const input = formInput(form, updateAlertSchema);
  const result = await updateAlert(await currentActor(), input);
  if (!result.ok) return toActionState(result, { name: input.name, frequency: input.frequency });
  return goTo("/alerts?done=updated");
}

export async function pauseAlertAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  const result = await setAlertPaused(await currentActor(), formInput(form, alertIdSchema), true);
  return result.ok ? goTo("/alerts?done=paused") : toActionState(result);
}

export async function resumeAlertAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  const result = await setAlertPaused(await currentActor(), formInput(form, alertIdSchema), false);
  return result.ok ? goTo("/alerts?done=resumed") : toActionState(result);
}

export async function deleteAlertAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  const result = await deleteAlert(await currentActor(), formInput(form, alertIdSchema));
  return result.ok ? goTo("/alerts?done=deleted") : toActionState(result);
}

/** The confirmation link's button: confirming happens on this POST, never on opening the link (mail scanners open links). */
export async function confirmAlertAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  const result = await confirmAlert(formInput(form, signedAlertLinkSchema));
  return result.ok ? goTo("/alerts/confirm?done=1") : toActionState(result);
}

export async function unsubscribeAlertAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  const result = await unsubscribeAlert(formInput(form, signedAlertLinkSchema));
  return result.ok ? goTo("/alerts/unsubscribe?done=1") : toActionState(result);
}
