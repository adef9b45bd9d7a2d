import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";

export default async function EntryNotFound() {
  const t = await getTranslations("entry.notFound");
  return (
    <div className="max-w-xl">
      <h1 className="text-2xl font-bold">{t("heading")}</h1>
      <p className="mt-3 text-slate-700">{t("message")}</p>
      <p className="mt-4">
        {t.rich("next", { search: (chunks) => <Link href="/search">{chunks}</Link>, home: (chunks) => <Link href="/">{chunks}</Link> })}
      </p>
    </div>
  );
}
