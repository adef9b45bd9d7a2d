import { NextIntlClientProvider } from "next-intl";
import { getLocale, getMessages } from "next-intl/server";
import { sectionClientMessages } from "@/lib/i18n/client-messages";

// The form that deletes the account is a client component: its words travel with this page only.
export default async function AccountLayout({ children }: LayoutProps<"/[lang]/account">) {
  const [locale, messages] = await Promise.all([getLocale(), getMessages()]);
  return (
    <NextIntlClientProvider locale={locale} timeZone="UTC" messages={sectionClientMessages(messages, ["auth"])}>
      {children}
    </NextIntlClientProvider>
  );
}
