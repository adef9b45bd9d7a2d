import { NextIntlClientProvider } from "next-intl";
import { getLocale, getMessages } from "next-intl/server";
import { clientMessages, type SectionNamespace } from "@/lib/i18n/client-messages";

/** The messages a part of the site's client components read, added for its pages only (see lib/i18n/client-messages.ts). */
export async function SectionMessages({ sections, children }: { sections: readonly SectionNamespace[]; children: React.ReactNode }) {
  const [locale, messages] = await Promise.all([getLocale(), getMessages()]);
  return (
    <NextIntlClientProvider locale={locale} timeZone="UTC" messages={clientMessages(messages, sections)}>
      {children}
    </NextIntlClientProvider>
  );
}
