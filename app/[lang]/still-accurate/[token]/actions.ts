"use server";

import { getLocale, getTranslations } from "next-intl/server";
import { entryInLanguage } from "@/lib/catalogue/translations";
import { getPublishedEntry } from "@/lib/catalogue/entries";
import { toActionState, type ActionState } from "@/lib/forms/action-state";
import { formInput } from "@/lib/forms/form-input";
import { formatDate } from "@/lib/format/dates";
import { REMIND_AFTER_MONTHS } from "@/lib/verification/freshness";
import { confirmByReminderLink, reminderLinkSchema } from "@/lib/verification/reminder-links";

/**
 * "Still accurate" from a reminder's link: the token is the only proof, no
 * session is needed. Nothing is revalidated: the pages that show the date are
 * rendered for each request, and this page keeps its thanks in place.
 */
export async function confirmByLinkAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  const result = await confirmByReminderLink(formInput(form, reminderLinkSchema));
  if (!result.ok) return toActionState(result);
  const [t, locale, entry] = await Promise.all([getTranslations("verificationLink"), getLocale(), getPublishedEntry(result.slug)]);
  const title = entry ? entryInLanguage(entry, locale).title : result.slug;
  return toActionState(result, {}, t("thanks", { title, date: formatDate(result.verifiedAt, locale), months: REMIND_AFTER_MONTHS }));
}
