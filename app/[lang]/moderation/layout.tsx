import { NextIntlClientProvider } from "next-intl";
import { getLocale, getMessages } from "next-intl/server";
import { sectionClientMessages } from "@/lib/i18n/client-messages";

// The decision, archive and restore forms and the error page are client components: their words travel with these pages only.
export default async function ModerationLayout({ children }: LayoutProps<"/[lang]/moderation">) {
  const [locale, messages] = await Promise.all([getLocale(), getMessages()]);
  return (
    <NextIntlClientProvider locale={locale} timeZone="UTC" messages={sectionClientMessages(messages, ["moderation"])}>
      {children}
    </NextIntlClientProvider>
  );
}
