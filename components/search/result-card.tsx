import { useLocale, useTranslations } from "next-intl";
import { entryPath } from "@/lib/catalogue/paths";
import { Link } from "@/lib/i18n/navigation";
import type { SearchHit } from "@/lib/search";
import { entryInLanguage } from "@/lib/catalogue/translations";
import { vocabularyLabel } from "@/lib/thesaurus/vocabulary-labels";
import { EvidenceSteps } from "@/components/entry/evidence-steps";
import { Highlighted } from "./highlighted";

// Result cards stay light: a search page shows many of them, and every element
// costs rendering time twice (HTML and the React payload). Their look is in
// app/globals.css (.result-card), said once rather than on each card.
export function ResultCard({ hit, headingLevel = 2 }: { hit: SearchHit; headingLevel?: 2 | 3 }) {
  const t = useTranslations("search");
  const evidence = useTranslations("evidence.levels");
  const locale = useLocale();
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const where = hit.countries.map((c) => vocabularyLabel("country", c, locale)).join(", ");
  const levels = hit.levels.map((l) => vocabularyLabel("level", l, locale)).join(", ");
  const themes = hit.themes.map((th) => vocabularyLabel("theme", th, locale)).join(", ");
  // A translation into the reader's language replaces the original (shown unhighlighted: its words were matched in the original).
  // Texts in another language than the page's say which, for screen readers (and the English-leftover test);
  // no lang at all otherwise, as an undefined prop is still spelled out in the React payload.
  const shown = entryInLanguage({ ...hit, description: "" }, locale);
  const titleLang = shown.titleLang === locale ? undefined : shown.titleLang;
  const textLang = shown.lang === locale ? undefined : shown.lang;
  return (
    <article className="result-card">
      <p className="kind">
        {vocabularyLabel("kind", hit.kind, locale)}
        {where && ` · ${where}`}
      </p>
      <Heading>
        <Link href={entryPath(hit.slug)} {...(titleLang && { lang: titleLang })}>
          {shown.translated ? shown.title : <Highlighted segments={hit.highlights.title} />}
        </Link>
      </Heading>
      <p className="summary" {...(textLang && { lang: textLang })}>
        {shown.translated ? shown.summary : <Highlighted segments={hit.highlights.summary} />}
      </p>
      {(levels || themes) && (
        <p className="tags">
          {[levels && t("cardLevels", { list: levels }), themes && t("cardThemes", { list: themes })].filter(Boolean).join(" · ")}
        </p>
      )}
      {hit.evidence && (
        // Only assessed entries: "not yet assessed" on most cards would say little and weigh a lot.
        <p className="evidence">
          <EvidenceSteps level={hit.evidence.level} size="tag" />
          {t("cardEvidence", { level: evidence(`${hit.evidence.level}.name`) })}
        </p>
      )}
    </article>
  );
}
