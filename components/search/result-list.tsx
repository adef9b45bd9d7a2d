import { useLocale, useTranslations } from "next-intl";
import type { SearchHit } from "@/lib/search";
import { toLocale } from "@/lib/i18n/locales";
import { resultItemsHtml } from "./result-items-html";

/** A page of result cards: one list whose items are written as HTML (result-items-html.ts, ADR 023). */
export function ResultList({ hits, headingLevel = 2 }: { hits: SearchHit[]; headingLevel?: 2 | 3 }) {
  const t = useTranslations("search");
  const evidence = useTranslations("evidence.levels");
  const locale = useLocale();
  const html = resultItemsHtml(hits, toLocale(locale), headingLevel === 2 ? "h2" : "h3", {
    levels: (list) => t("cardLevels", { list }),
    themes: (list) => t("cardThemes", { list }),
    evidence: (level) => t("cardEvidence", { level: evidence(`${level}.name`) }),
  });
  return <ol className="grid gap-4" aria-label={t("resultsLabel")} dangerouslySetInnerHTML={{ __html: html }} />;
}
