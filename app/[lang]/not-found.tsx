import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { localisedPath } from "@/lib/i18n/locales";

export default async function NotFound() {
  const [t, locale] = await Promise.all([getTranslations("errors.notFound"), getLocale()]);
  return (
    <div className="max-w-xl">
      <h1 className="text-2xl font-bold">{t("heading")}</h1>
      <p className="mt-3 text-slate-700">{t("message")}</p>
      <form action={localisedPath(locale, "/search")} method="get" className="mt-6 flex gap-2">
        <label htmlFor="nf-q" className="sr-only">
          {t("searchLabel")}
        </label>
        <input id="nf-q" type="search" name="q" className="w-full rounded-md border border-slate-400 px-3 py-2" placeholder={t("searchLabel")} />
        <button type="submit" className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white">
          {t("search")}
        </button>
      </form>
      <p className="mt-4">{t.rich("home", { home: (chunks) => <Link href="/">{chunks}</Link> })}</p>
    </div>
  );
}
