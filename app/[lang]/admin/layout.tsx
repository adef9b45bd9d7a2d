import { NextIntlClientProvider } from "next-intl";
import { getLocale, getMessages } from "next-intl/server";
import { sectionClientMessages } from "@/lib/i18n/client-messages";

// The role, deactivation, organisation and invitation forms are client components: their words travel with these pages only.
export default async function AdminLayout({ children }: LayoutProps<"/[lang]/admin">) {
  const [locale, messages] = await Promise.all([getLocale(), getMessages()]);
  return (
    <NextIntlClientProvider locale={locale} timeZone="UTC" messages={sectionClientMessages(messages, ["auth", "admin"])}>
      {children}
    </NextIntlClientProvider>
  );
}
