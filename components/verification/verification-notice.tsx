import { getTranslations } from "next-intl/server";
import { formatDate } from "@/lib/format/dates";
import type { Locale } from "@/lib/i18n/locales";
import { FLAG_AFTER_MONTHS } from "@/lib/verification/freshness";

type Props = { lastVerifiedAt: Date | null; publishedAt: Date; locale: Locale };

/** The public warning on an entry nobody has confirmed for 24 months or more (or ever): what it means for the reader. */
export async function VerificationNotice({ lastVerifiedAt, publishedAt, locale }: Props) {
  const t = await getTranslations("entry.verification");
  const title = lastVerifiedAt ? t("staleSince", { date: formatDate(lastVerifiedAt, locale) }) : t("neverSince", { date: formatDate(publishedAt, locale) });
  return (
    <section aria-labelledby="verification-notice" className="mt-6 max-w-3xl rounded-md border-l-4 border-amber-600 bg-amber-50 px-4 py-3 text-amber-950">
      <h2 id="verification-notice" className="font-semibold">
        {title}
      </h2>
      <p className="mt-1 text-sm">{t("staleExplained", { months: FLAG_AFTER_MONTHS })}</p>
    </section>
  );
}
