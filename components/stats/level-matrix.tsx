import { useLocale, useTranslations } from "next-intl";
import { COUNTRIES, LEVELS } from "@/lib/catalogue/vocabularies";
import type { ReactNode } from "react";
import { classOf, colourClasses } from "@/lib/geo/colour-scale";
import { formatList, sortByLabel } from "@/lib/format/lists";
import { formatNumber } from "@/lib/format/numbers";
import { vocabularyLabel } from "@/lib/thesaurus/vocabulary-labels";
import { rangeText } from "@/components/map/range-text";
import { Section } from "@/components/ui/section";
import { cardItemsHtml, tableRowsHtml } from "@/components/ui/static-html";

// Countries × education levels: where the catalogue has entries and, as
// importantly, where it has none. Empty cells say so in words as well as
// with a dash, so the gap is not carried by colour alone.

// About 300 cells and 40 cards: their look is said once, on the list and the
// table, instead of on every element (it halves the page and the work of
// rendering it).
const CARDS = "*:rounded-lg *:border *:border-slate-200 *:px-3 *:py-2 *:text-sm *:wrap-anywhere [&_li>p+p]:mt-1 [&_li>p:last-child]:text-slate-700";
const TABLE =
  "[&_thead_th]:sticky [&_thead_th]:top-0 [&_thead_th]:bg-white [&_thead_th]:px-2 [&_thead_th]:py-2 [&_thead_th]:align-bottom [&_thead_th]:font-semibold " +
  "[&_tbody_tr]:border-t [&_tbody_tr]:border-slate-200 [&_tbody_th]:sticky [&_tbody_th]:left-0 [&_tbody_th]:z-10 [&_tbody_th]:bg-white [&_tbody_th]:px-2 [&_tbody_th]:py-1 [&_tbody_th]:text-left [&_tbody_th]:font-normal [&_tbody_th]:whitespace-nowrap " +
  "[&_td]:border-l [&_td]:border-white [&_td]:px-2 [&_td]:py-1 [&_td]:text-right [&_td]:tabular-nums [&_td>span:first-child]:text-slate-600";

// Stands for the count in a level's message until it is put in: no label or message holds it.
const COUNT_MARK = "\u0000";

type LevelMatrixProps = {
  cells: Record<string, Record<string, number>>;
  /** The rows, as country codes: every country unless told otherwise, in the alphabet of the page's language. */
  countries?: readonly string[];
  id?: string;
  title?: string;
  /** Said before the count of empty combinations. */
  intro?: ReactNode;
  /** Under the intro: e.g. a download of the numbers. */
  actions?: ReactNode;
  caption?: string;
};

export function LevelMatrix({
  cells,
  countries: codes,
  id = "matrix",
  title,
  intro,
  actions,
  caption,
}: LevelMatrixProps) {
  const locale = useLocale();
  const t = useTranslations("statistics.matrix");
  const rowCodes = new Set(codes ?? COUNTRIES.map((c) => c.value));
  const countries = sortByLabel(
    COUNTRIES.filter((c) => rowCodes.has(c.value)).map((c) => ({ value: c.value, label: vocabularyLabel("country", c.value, locale) })),
    (c) => c.label,
    locale,
  );
  const levels = LEVELS.map((l) => ({ value: l.value, label: vocabularyLabel("level", l.value, locale) }));
  const classes = colourClasses(countries.flatMap((c) => LEVELS.map((l) => cells[c.value]?.[l.value] ?? 0)));
  const hasEntries = (country: string) => LEVELS.some((l) => (cells[country]?.[l.value] ?? 0) > 0);
  const withEntries = countries.filter((c) => hasEntries(c.value));
  const withoutEntries = countries.filter((c) => !hasEntries(c.value));
  const noneCell = t("noneCell");
  // Each level's "level: count" formatted once, the count put in per card:
  // the same text as formatting the message per cell, with eight
  // formattings instead of some 300 (0.4 ms of every view).
  const countLines = new Map(levels.map((l) => [l.value, t("levelCount", { level: l.label, count: COUNT_MARK })]));
  const countLine = (level: (typeof LEVELS)[number]["value"], count: number) => countLines.get(level)?.replace(COUNT_MARK, formatNumber(count, locale)) ?? "";
  const gaps = countries.reduce((n, c) => n + LEVELS.filter((l) => (cells[c.value]?.[l.value] ?? 0) === 0).length, 0);
  return (
    <Section
      id={id}
      title={title ?? t("title")}
      intro={
        <>
          {intro ?? t("intro")} {t("gaps", { gaps: formatNumber(gaps, locale), total: formatNumber(countries.length * LEVELS.length, locale) })}
        </>
      }
      className="border-t border-slate-200 pt-6"
    >
      {actions && <p className="mt-2 text-sm">{actions}</p>}
      {/* Phones: one card per country with entries, then the countries with none in one card; the table from md up. */}
      <ul
        className={`mt-3 grid gap-2 sm:grid-cols-2 md:hidden ${CARDS}`}
        aria-label={caption ?? t("caption")}
        dangerouslySetInnerHTML={{
          __html: cardItemsHtml([
            ...withEntries.map((c) => {
              const count = (level: string) => cells[c.value]?.[level] ?? 0;
              const missing = levels.filter((l) => count(l.value) === 0);
              return {
                title: c.label,
                lines: [
                  // One line of text rather than a term and a number per level: some 400 elements fewer on the page.
                  formatList(levels.filter((l) => count(l.value) > 0).map((l) => countLine(l.value, count(l.value))), locale),
                  missing.length > 0 ? t("missing", { levels: missing.map((l) => l.label).join(", ") }) : t("everyLevel"),
                ],
              };
            }),
            ...(withoutEntries.length > 0 ? [{ title: t("noLevel"), lines: [t("countryList", { countries: withoutEntries.map((c) => c.label).join(", ") })], className: "sm:col-span-2" }] : []),
          ]),
        }}
      />
      <ul className="mt-3 hidden flex-wrap gap-x-4 gap-y-1 text-sm text-slate-700 md:flex" aria-label={t("key")}>
        <li className="flex items-center gap-1.5">
          <span aria-hidden="true" className="inline-block h-4 w-5 border border-slate-400 bg-white text-center leading-3">
            —
          </span>
          {t("none")}
        </li>
        {classes.map((c) => (
          <li key={c.min} className="flex items-center gap-1.5">
            <span aria-hidden="true" className={`inline-block h-4 w-5 border border-slate-400 shade-${c.step}`} />
            {rangeText(c, locale)}
          </li>
        ))}
      </ul>
      <div role="region" aria-labelledby={`${id}-caption`} tabIndex={0} className="relative mt-3 hidden max-h-[40rem] overflow-auto rounded-lg border border-slate-200 md:block">
        <table className={`w-full border-collapse text-sm ${TABLE}`}>
          <caption id={`${id}-caption`} className="sr-only">
            {caption ?? t("caption")}
          </caption>
          <thead>
            <tr>
              <th scope="col" className="left-0 z-20 text-left">
                {t("country")}
              </th>
              {levels.map((l) => (
                <th key={l.value} scope="col" className="z-10 min-w-[6rem] text-right">
                  {l.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody
            dangerouslySetInnerHTML={{
              __html: tableRowsHtml(
                countries.map((c) => ({
                  label: c.label,
                  cells: LEVELS.map((l) => {
                    const count = cells[c.value]?.[l.value] ?? 0;
                    const shade = classOf(classes, count);
                    // A class per shade, not a style per cell (app/globals.css); an empty cell says so in words too.
                    return shade ? { text: formatNumber(count, locale), className: `shade-${shade.step}` } : { text: "—", spoken: noneCell };
                  }),
                })),
              ),
            }}
          />
        </table>
      </div>
    </Section>
  );
}
