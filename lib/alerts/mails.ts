import "server-only";
import { entryInLanguage } from "@/lib/catalogue/translations";
import { localisedPath, type Locale } from "@/lib/i18n/locales";
import { letter, mailTranslator } from "@/lib/mail/translator";
import type { OutboxMail } from "@/lib/mail/outbox";
import { absoluteUrl } from "@/lib/site-url";
import { alertPageLink, oneClickUnsubscribeLink } from "./links";
import type { AlertNewsItem } from "./news";
import type { AlertFrequency } from "./schema";

// The mails of alerts, in the alert's language. Plain text: the entries'
// titles and summaries are the catalogue's, shown as text, never as markup.

const SUMMARY_LENGTH = 220;

function shorten(text: string, length: number): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > length ? `${flat.slice(0, length - 1).trimEnd()}…` : flat;
}

function searchLink(locale: Locale, search: string): string {
  return absoluteUrl(`${localisedPath(locale, "/search")}${search ? `?${search}` : ""}`);
}

/** The double opt-in mail: a visitor's alert starts only from its link. */
export async function confirmationMail(alert: { id: string; email: string; name: string; search: string; frequency: AlertFrequency; locale: Locale }): Promise<OutboxMail> {
  const t = await mailTranslator(alert.locale);
  const body = t("alerts.confirmBody", {
    name: alert.name,
    frequency: t(`alerts.frequency.${alert.frequency}`),
    link: alertPageLink(alert.locale, alert.id, "confirm"),
    search: searchLink(alert.locale, alert.search),
  });
  return { to: alert.email, subject: t("alerts.confirmSubject", { name: shorten(alert.name, 80) }), text: letter(t, null, body) };
}

export type DigestAlert = { id: string; name: string; search: string; locale: Locale; signedIn: boolean };

/** A digest of what is new for a saved search, with the unsubscribe headers of RFC 2369 and RFC 8058. */
export async function digestMail(alert: DigestAlert, to: string, items: AlertNewsItem[], more: boolean): Promise<Omit<OutboxMail, "dedupeKey">> {
  const t = await mailTranslator(alert.locale);
  const list = items
    .map((item) => {
      const shown = entryInLanguage({ ...item, description: "" }, alert.locale);
      const link = absoluteUrl(localisedPath(alert.locale, `/entries/${item.slug}`));
      const label = t(item.isNew ? "alerts.itemNew" : "alerts.itemChanged");
      return `- ${shown.title} (${label})\n  ${shorten(shown.summary, SUMMARY_LENGTH)}\n  ${link}`;
    })
    .join("\n\n");
  const unsubscribe = alertPageLink(alert.locale, alert.id, "unsubscribe");
  const parts = [
    t("alerts.digestIntro", { name: alert.name, count: items.length }),
    list,
    more ? t("alerts.more", { link: searchLink(alert.locale, alert.search) }) : t("alerts.wholeSearch", { link: searchLink(alert.locale, alert.search) }),
    alert.signedIn ? t("alerts.manage", { link: absoluteUrl(localisedPath(alert.locale, "/alerts")) }) : null,
    t("alerts.unsubscribe", { link: unsubscribe }),
  ];
  return {
    to,
    subject: t("alerts.digestSubject", { name: shorten(alert.name, 80), count: items.length }),
    text: letter(t, null, parts.filter((p) => p !== null).join("\n\n")),
    headers: { "List-Unsubscribe": `<${oneClickUnsubscribeLink(alert.id)}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" },
  };
}
