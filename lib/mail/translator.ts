import { createTranslator } from "use-intl/core";
import { loadMessages } from "@/lib/i18n/messages";
import type { Locale } from "@/lib/i18n/locales";

// Mails are written outside any request (after a transaction, from an import
// worker, from a job), so they read the catalogue directly rather than through
// next-intl's request config: the language is always the recipient's, never the
// page's. The translator comes from use-intl's core (next-intl's own, which it
// re-exports) because `npm run jobs` loads this under the react-server
// condition, where "next-intl" pulls in React hooks that are not there.

export async function mailTranslator(locale: Locale) {
  return createTranslator({ locale, messages: await loadMessages(locale), namespace: "mail", timeZone: "UTC" });
}

export type MailTranslator = Awaited<ReturnType<typeof mailTranslator>>;

export async function noticesTranslator(locale: Locale) {
  return createTranslator({ locale, messages: await loadMessages(locale), namespace: "notices", timeZone: "UTC" });
}

export type NoticesTranslator = Awaited<ReturnType<typeof noticesTranslator>>;

/** "Hello Ada," or "Hello," in the recipient's language. */
export function greeting(t: MailTranslator, name: string | null): string {
  return name ? t("greetingNamed", { name }) : t("greeting");
}

/** A mail's text: greeting, body, signature, each apart by a blank line. */
export function letter(t: MailTranslator, name: string | null, body: string): string {
  return `${greeting(t, name)}\n\n${body}\n\n${t("signature")}`;
}
