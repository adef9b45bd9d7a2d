import Link from "next/link";
import { labelOf } from "@/lib/catalogue/vocabularies";
import { entryPath } from "@/lib/catalogue/paths";
import type { SearchHit } from "@/lib/search";
import { useLocale } from "next-intl";
import { entryInLanguage } from "@/lib/catalogue/translations";
import { Highlighted } from "./highlighted";

// Result cards stay light: a search page shows many of them, and every element
// costs rendering time twice (HTML and the React payload).
export function ResultCard({ hit, headingLevel = 2 }: { hit: SearchHit; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const where = hit.countries.map((c) => labelOf("country", c)).join(", ");
  const levels = hit.levels.map((l) => labelOf("level", l)).join(", ");
  const themes = hit.themes.map((t) => labelOf("theme", t)).join(", ");
  // A translation into the reader's language replaces the original (shown unmarked: its words were matched in the original).
  const shown = entryInLanguage({ ...hit, description: "" }, useLocale());
  return (
    <article className="result-card">
      <p className="text-xs font-semibold uppercase tracking-wide text-slate-600">
        {labelOf("kind", hit.kind)}
        {where && ` · ${where}`}
      </p>
      <Heading className="mt-1 text-lg font-semibold leading-snug">
        <Link href={entryPath(hit.slug)} lang={shown.translated ? shown.lang : (hit.titleLang ?? undefined)} className="no-underline hover:underline">
          {shown.translated ? shown.title : <Highlighted segments={hit.highlights.title} />}
        </Link>
      </Heading>
      <p className="mt-2 text-sm text-slate-700" lang={shown.translated ? shown.lang : undefined}>
        {shown.translated ? shown.summary : <Highlighted segments={hit.highlights.summary} />}
      </p>
      {(levels || themes) && (
        <p className="mt-2 text-xs text-slate-700">{[levels && `Levels: ${levels}`, themes && `Themes: ${themes}`].filter(Boolean).join(" · ")}</p>
      )}
    </article>
  );
}
