import type { Locale } from "./locales";
import type en from "./messages/en.json";

// One ICU MessageFormat catalogue per language, under version control.
// English is the reference: every other catalogue has exactly its keys
// (tests/unit/message-catalogues.test.ts).
export type Messages = typeof en;

export async function loadMessages(locale: Locale): Promise<Messages> {
  return (await import(`./messages/${locale}.json`)).default as Messages;
}
