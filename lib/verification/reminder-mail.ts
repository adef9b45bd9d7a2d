import "server-only";
import { entryPath } from "@/lib/catalogue/paths";
import { formatDate } from "@/lib/format/dates";
import { localisedPath, type Locale } from "@/lib/i18n/locales";
import { letter, mailTranslator } from "@/lib/mail/translator";
import { absoluteUrl } from "@/lib/site-url";
import { FLAG_AFTER_MONTHS } from "./freshness";

// The yearly reminder, in the member's language, with links to the pages in
// that language: one to confirm (the link's page asks for one click), one to
// the editor (sign-in as always), one to the entry. Text only: titles and
// names never reach an HTML body.

export type ReminderMailInput = {
  name: string | null;
  /** The title in the member's language where the entry has a translation. */
  title: string;
  organisation: string;
  slug: string;
  lastVerifiedAt: Date | null;
  publishedAt: Date;
  token: string;
  expiresAt: Date;
};

/** The address of a reminder's "still accurate" page. */
export const reminderLinkPath = (token: string) => `/still-accurate/${token}`;

export async function reminderMail(locale: Locale, input: ReminderMailInput): Promise<{ subject: string; text: string }> {
  const t = await mailTranslator(locale);
  const link = (path: string) => absoluteUrl(localisedPath(locale, path));
  const { title, organisation } = input;
  const opening = input.lastVerifiedAt
    ? t("verificationReminder.lastVerified", { title, organisation, date: formatDate(input.lastVerifiedAt, locale) })
    : t("verificationReminder.neverVerified", { title, organisation, date: formatDate(input.publishedAt, locale) });
  const body = [
    opening,
    t("verificationReminder.confirm", { link: link(reminderLinkPath(input.token)), expires: formatDate(input.expiresAt, locale) }),
    t("verificationReminder.update", { link: link(`/contributions/edit/${input.slug}`) }),
    t("verificationReminder.entry", { link: link(entryPath(input.slug)) }),
    t("verificationReminder.why", { organisation, months: FLAG_AFTER_MONTHS }),
  ].join("\n\n");
  const subject = t("verificationReminder.subject", { title });
  return { subject: subject.length > 200 ? `${subject.slice(0, 199)}…` : subject, text: letter(t, input.name, body) };
}
