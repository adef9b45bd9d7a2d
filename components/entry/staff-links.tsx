import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";

/** What staff can do with an entry, on its public page: the moderation pages for it. */
export async function StaffLinks({ slug, proposeHere }: { slug: string; proposeHere: boolean }) {
  const t = await getTranslations("entry.staff");
  const history = `/moderation/entries/${slug}`;
  return (
    <nav aria-label={t("label")} className="mt-4 rounded-lg border border-slate-300 p-4 text-sm print:hidden">
      <h2 className="font-semibold">{t("heading")}</h2>
      <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-2">
        <li>
          <Link href={history}>{t("history")}</Link>
        </li>
        {!proposeHere && (
          <li>
            <Link href={`/contributions/edit/${slug}`}>{t("propose")}</Link>
          </li>
        )}
        <li>
          <Link href={`${history}#archive`}>{t("archive")}</Link>
        </li>
      </ul>
    </nav>
  );
}
