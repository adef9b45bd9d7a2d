import type { Metadata, Viewport } from "next";
import { cookies, headers } from "next/headers";
import { notFound } from "next/navigation";
import { NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations, setRequestLocale } from "next-intl/server";
import { LanguageAlternates } from "@/components/i18n/language-alternates";
import { LanguageSuggestion } from "@/components/i18n/language-suggestion";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import { currentActor } from "@/lib/auth/session";
import { clientMessages } from "@/lib/i18n/client-messages";
import { LANGUAGE_CHOICE_COOKIE } from "@/lib/i18n/language-choice";
import { isLocale, type Locale } from "@/lib/i18n/locales";
import { languageToSuggest } from "@/lib/i18n/preferred-locale";
import { countUnread } from "@/lib/notifications/notifications";
import { siteUrl } from "@/lib/site-url";
import { signOutAction } from "./auth/actions";
import "../globals.css";

type Props = { children: React.ReactNode; params: Promise<{ lang: string }> };

export async function generateMetadata({ params }: Pick<Props, "params">): Promise<Metadata> {
  const { lang } = await params;
  const t = await getTranslations({ locale: isLocale(lang) ? lang : "en", namespace: "site" });
  return {
    title: { default: t("name"), template: t("titleTemplate", { title: "%s" }) },
    icons: { icon: "/favicon.svg" },
    description: t("description"),
  };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

async function suggestion(current: Locale) {
  const suggested = languageToSuggest(current, (await headers()).get("accept-language"), (await cookies()).get(LANGUAGE_CHOICE_COOKIE)?.value);
  if (!suggested) return null;
  const t = await getTranslations({ locale: suggested, namespace: "site.language" });
  return { suggested, texts: { suggestion: t("suggestion"), link: t("suggestionLink"), dismiss: t("dismiss") } };
}

export default async function RootLayout({ children, params }: Props) {
  const { lang } = await params;
  if (!isLocale(lang)) notFound();
  setRequestLocale(lang);
  const [t, actor, messages, offer] = await Promise.all([getTranslations("site"), currentActor(), getMessages(), suggestion(lang)]);
  const account = actor ? { label: actor.name ?? actor.email, role: actor.role, unread: await countUnread(actor.id) } : null;
  return (
    <html lang={lang}>
      <body className="flex min-h-screen flex-col">
        <NextIntlClientProvider locale={lang} messages={clientMessages(messages)} timeZone="UTC">
          <LanguageAlternates origin={siteUrl()} />
          <a
            href="#main"
            className="sr-only focus:not-sr-only focus:absolute focus:left-4 focus:top-4 focus:z-50 focus:rounded focus:bg-white focus:px-4 focus:py-2 focus:shadow"
          >
            {t("skipToContent")}
          </a>
          {offer && (
            <LanguageSuggestion current={lang} suggested={offer.suggested} texts={offer.texts} />
          )}
          <SiteHeader account={account} signOut={signOutAction} />
          <main id="main" tabIndex={-1} className="mx-auto w-full max-w-6xl flex-1 px-4 py-8 focus:outline-none">
            {children}
          </main>
          <SiteFooter />
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
