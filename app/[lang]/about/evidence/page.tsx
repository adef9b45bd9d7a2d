import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { EVIDENCE_LEVELS } from "@/lib/evidence/levels";
import { localisedPath } from "@/lib/i18n/locales";
import { absoluteUrl } from "@/lib/site-url";

// The published rubric moderators assess entries against (lib/evidence/levels.ts).

export async function generateMetadata(): Promise<Metadata> {
  const [t, locale] = await Promise.all([getTranslations("evidence"), getLocale()]);
  return {
    title: t("title"),
    description: t("description"),
    alternates: { canonical: absoluteUrl(localisedPath(locale, "/about/evidence")) },
  };
}

export default async function EvidenceRubricPage() {
  const t = await getTranslations("evidence");
  return (
    <div className="max-w-3xl space-y-4">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p>{t("intro")}</p>
      <h2 className="pt-4 text-xl font-semibold">{t("levelsHeading")}</h2>
      <ol className="space-y-4">
        {EVIDENCE_LEVELS.map((level, i) => (
          <li key={level} id={level} className="rounded-lg border border-slate-300 p-4">
            <h3 className="font-semibold">
              {i + 1}. {t(`levels.${level}.name`)}
            </h3>
            <p className="mt-1 text-slate-800">{t(`levels.${level}.rule`)}</p>
          </li>
        ))}
      </ol>
      <h2 className="pt-4 text-xl font-semibold">{t("howHeading")}</h2>
      <p>{t("how")}</p>
    </div>
  );
}
