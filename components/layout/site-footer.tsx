import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";

export async function SiteFooter() {
  const t = await getTranslations("site.footer");
  return (
    <footer className="mt-12 border-t border-slate-200 bg-slate-50 text-sm text-slate-700">
      <div className="mx-auto flex max-w-6xl flex-wrap justify-between gap-4 px-4 py-6">
        <p>{t("tagline")}</p>
        <ul className="flex gap-4">
          <li>
            <Link href="/about">{t("about")}</Link>
          </li>
          <li>
            <Link href="/api-docs">{t("openApi")}</Link>
          </li>
        </ul>
      </div>
    </footer>
  );
}
