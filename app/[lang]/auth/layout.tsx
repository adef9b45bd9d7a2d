import { NextIntlClientProvider } from "next-intl";
import { getLocale, getMessages } from "next-intl/server";
import { sectionClientMessages } from "@/lib/i18n/client-messages";

// The sign-in, sign-up and password forms are client components: their words travel with these pages only.
export default async function AuthLayout({ children }: LayoutProps<"/[lang]/auth">) {
  const [locale, messages] = await Promise.all([getLocale(), getMessages()]);
  return (
    <NextIntlClientProvider locale={locale} timeZone="UTC" messages={sectionClientMessages(messages, ["auth"])}>
      {children}
    </NextIntlClientProvider>
  );
}
