import { getTranslations } from "next-intl/server";
import { formatDate } from "@/lib/format/dates";
import type { Locale } from "@/lib/i18n/locales";

/** "Last updated" (the last published content change) and "Last verified" (the last confirmation), under the key facts. */
export async function EntryDates({ updatedAt, lastVerifiedAt, locale }: { updatedAt: Date; lastVerifiedAt: Date | null; locale: Locale }) {
  const t = await getTranslations("entry");
  return (
    <div className="mt-3 space-y-1 text-xs text-slate-600">
      <p>{t("updated", { date: formatDate(updatedAt, locale) })}</p>
      <p>{lastVerifiedAt ? t("verification.lastVerified", { date: formatDate(lastVerifiedAt, locale) }) : t("verification.neverVerified")}</p>
    </div>
  );
}
