import escapeHtml from "escape-html";
import { entryPath } from "@/lib/catalogue/paths";
import { entryInLanguage } from "@/lib/catalogue/translations";
import { localisedPath, type Locale } from "@/lib/i18n/locales";
import type { HighlightSegment, SearchHit } from "@/lib/search";
import type { EvidenceLevel } from "@/lib/evidence/levels";
import { vocabularyLabel } from "@/lib/thesaurus/vocabulary-labels";
import { langAttribute } from "@/components/ui/static-html";
import { EVIDENCE_STEPS_CLASS, evidenceStepClasses } from "@/components/entry/evidence-steps";

// A page of result cards as one string of HTML (ADR 023): a search page shows
// twenty cards, each a dozen elements and a link, that never change in the
// browser. Their look is in app/globals.css (.result-card), said once rather
// than on each card. Every text and address goes through escape-html.

/** The card's sentences in the page's language (next-intl's messages, filled in by the caller). */
export type ResultCardTexts = {
  levels: (list: string) => string;
  themes: (list: string) => string;
  evidence: (level: EvidenceLevel) => string;
};

function highlightedHtml(segments: readonly HighlightSegment[]): string {
  let html = "";
  for (const s of segments) html += s.match ? `<mark>${escapeHtml(s.text)}</mark>` : escapeHtml(s.text);
  return html;
}

function cardHtml(hit: SearchHit, locale: Locale, heading: "h2" | "h3", texts: ResultCardTexts): string {
  const label = (facet: "country" | "level" | "theme", values: readonly string[]) => values.map((v) => vocabularyLabel(facet, v, locale)).join(", ");
  const where = label("country", hit.countries);
  const levels = label("level", hit.levels);
  const themes = label("theme", hit.themes);
  // A translation into the reader's language replaces the original (shown
  // unhighlighted: its words were matched in the original). Texts in another
  // language than the page's say which, for screen readers.
  const shown = entryInLanguage({ ...hit, description: "" }, locale);
  const titleLang = shown.titleLang === locale ? undefined : shown.titleLang;
  const textLang = shown.lang === locale ? undefined : shown.lang;
  const title = shown.translated ? escapeHtml(shown.title) : highlightedHtml(hit.highlights.title);
  const summary = shown.translated ? escapeHtml(shown.summary) : highlightedHtml(hit.highlights.summary);
  const tags = [levels && texts.levels(levels), themes && texts.themes(themes)].filter(Boolean).join(" · ");
  let html = `<article class="result-card"><p class="kind">${escapeHtml(vocabularyLabel("kind", hit.kind, locale))}${where ? escapeHtml(` · ${where}`) : ""}</p>`;
  html += `<${heading}><a href="${escapeHtml(localisedPath(locale, entryPath(hit.slug)))}"${langAttribute(titleLang)}>${title}</a></${heading}>`;
  html += `<p class="summary"${langAttribute(textLang)}>${summary}</p>`;
  if (tags) html += `<p class="tags">${escapeHtml(tags)}</p>`;
  // Only assessed entries: "not yet assessed" on most cards would say little and weigh a lot.
  if (hit.evidence) {
    const steps = evidenceStepClasses(hit.evidence.level, "tag")
      .map((c) => `<span class="${c}"></span>`)
      .join("");
    html += `<p class="evidence"><span aria-hidden="true" class="${EVIDENCE_STEPS_CLASS}">${steps}</span>${escapeHtml(texts.evidence(hit.evidence.level))}</p>`;
  }
  return `${html}</article>`;
}

/** The `<li>` elements of a list of result cards, each an `<article>` whose title links to the entry in the page's language. */
export function resultItemsHtml(hits: readonly SearchHit[], locale: Locale, heading: "h2" | "h3", texts: ResultCardTexts): string {
  let html = "";
  for (const hit of hits) html += `<li>${cardHtml(hit, locale, heading, texts)}`;
  return html;
}
