import { getTranslations } from "next-intl/server";
import { LanguageSwitch } from "@/components/i18n/language-switch";
import { languageName, LOCALES } from "@/lib/i18n/locales";
import { Link } from "@/lib/i18n/navigation";
import { AccountNav, type HeaderAccount } from "./account-nav";

const NAV = [
  { href: "/search", key: "search" },
  { href: "/countries", key: "countries" },
  { href: "/themes", key: "themes" },
  { href: "/levels", key: "levels" },
  { href: "/events", key: "events" },
  { href: "/statistics", key: "statistics" },
  { href: "/alliance", key: "alliance" },
  { href: "/about", key: "about" },
] as const;

/** Each language named in itself, computed where Intl knows every language (the server). */
const LANGUAGES = LOCALES.map((locale) => ({ locale, name: languageName(locale) }));

export async function SiteHeader({ account, signOut }: { account: HeaderAccount | null; signOut: () => Promise<void> }) {
  const t = await getTranslations("site");
  return (
    <header className="border-b border-slate-200 bg-brand-900 text-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-4 px-4 py-4">
        <Link href="/" className="text-lg font-semibold text-white no-underline hover:underline">
          <span aria-hidden="true" className="mr-2 rounded bg-white px-1.5 py-0.5 text-sm font-bold text-brand-900">
            STEM
          </span>
          {t("brand")}
        </Link>
        <nav aria-label={t("mainNav")}>
          <ul className="flex flex-wrap gap-x-5 gap-y-2 text-sm">
            {NAV.map((item) => (
              <li key={item.href}>
                <Link href={item.href} className="text-white no-underline hover:underline">
                  {t(`nav.${item.key}`)}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </div>
      <div className="border-t border-white/20">
        <div className="mx-auto flex max-w-6xl items-center justify-between gap-4 px-4 py-2">
          <LanguageSwitch languages={LANGUAGES} />
          <AccountNav account={account} signOut={signOut} />
        </div>
      </div>
    </header>
  );
}
