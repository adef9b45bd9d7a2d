"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getLocale } from "next-intl/server";
import { answerApplication } from "@/lib/alliance/decide";
import { applyToAlliance, applicationPath, proposeProfileChange } from "@/lib/alliance/apply";
import { answerSchema } from "@/lib/alliance/application-schema";
import { currentActor } from "@/lib/auth/session";
import { toActionState, type ActionState } from "@/lib/forms/action-state";
import { formInput } from "@/lib/forms/form-input";
import { formText, formTexts } from "@/lib/forms/input-text";
import { localisedPath } from "@/lib/i18n/locales";

const PROFILE_FIELDS = ["type", "website", "profile", "motivation"] as const;

/** The application form's fields as typed, priorities as a list (and, to show again, joined by commas). */
function applicationInput(form: FormData, names: readonly string[]) {
  const fields = Object.fromEntries(names.map((name) => [name, formText(form, name) ?? ""]));
  const priorities = formTexts(form, "priorities");
  return { input: { ...fields, priorities }, values: { ...fields, priorities: priorities.join(",") } };
}

export async function applyAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  const { input, values } = applicationInput(form, ["organisation", "name", "country", ...PROFILE_FIELDS]);
  const result = await applyToAlliance(await currentActor(), input);
  if (!result.ok) return toActionState(result, values);
  revalidatePath("/moderation/alliance");
  redirect(localisedPath(await getLocale(), `${applicationPath(result.applicationId)}?done=sent`));
}

export async function profileChangeAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  const { input, values } = applicationInput(form, ["organisationId", ...PROFILE_FIELDS]);
  const result = await proposeProfileChange(await currentActor(), input);
  if (!result.ok) return toActionState(result, values);
  revalidatePath("/moderation/alliance");
  redirect(localisedPath(await getLocale(), `${applicationPath(result.applicationId)}?done=sent`));
}

export async function answerAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  const input = formInput(form, answerSchema);
  const result = await answerApplication(await currentActor(), input);
  if (!result.ok) return toActionState(result, { answer: input.answer });
  revalidatePath("/moderation/alliance");
  redirect(localisedPath(await getLocale(), `${applicationPath(result.applicationId)}?done=answered`));
}
