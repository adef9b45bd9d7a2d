"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getLocale } from "next-intl/server";
import { currentActor } from "@/lib/auth/session";
import { formInput } from "@/lib/forms/form-input";
import { localisedPath } from "@/lib/i18n/locales";
import { startImport } from "@/lib/imports/run";
import { runRequestSchema } from "@/lib/imports/schema";

/** Starts a checked import and comes back to its page, which shows the progress. */
export async function runImportAction(form: FormData): Promise<void> {
  const input = formInput(form, runRequestSchema);
  const [result, locale] = await Promise.all([startImport(await currentActor(), input), getLocale()]);
  if (!result.ok && result.code === "not_found") redirect(localisedPath(locale, "/moderation/imports"));
  const page = `/moderation/imports/${encodeURIComponent(input.id)}`;
  revalidatePath("/moderation", "layout");
  // The run goes on in the background; its page follows it. A refusal is named by its code only.
  redirect(localisedPath(locale, result.ok ? page : `${page}?problem=${result.code}`));
}
