import { useLocale, useTranslations } from "next-intl";
import { COUNTRIES, LEVELS } from "@/lib/catalogue/vocabularies";
import type { ReactNode } from "react";
import { classOf, colourClasses } from "@/lib/geo/colour-scale";
import { sortByLabel } from "@/lib/format/lists";
import { formatNumber } from "@/lib/format/numbers";
import { vocabularyLabel } from "@/lib/thesaurus/vocabulary-labels";
import { rangeText } from "@/components/map/range-text";
import { Section } from "@/components/ui/section";
import { tableRowsHtml } from "@/components/ui/static-html";

// Countries × education levels: where the catalogue has entries and, as
// importantly, where it has none. Empty cells say so in words as well as
// with a dash, so the gap is not carried by colour alone.

// One table for every screen, sent once: from md up a table; below, each
// country's row is a card (.level-matrix in app/globals.css), its cells
// "level: count" on a line, each level's words said once in the table's
// style (--level-1, …) rather than in some 300 cells. The phone cards used
// to be a second copy of the matrix, in the page and in its RSC payload.

// Stands for the count in a level's message while it is split into the words before and after it.
const COUNT_MARK = "\u0000";

/** A CSS string: the level's words are ours, but a quote or backslash in a translation must not end it. */
const cssString = (text: string) => `"${text.replace(/["\\]/g, "\\$&").replace(/\n/g, " ")}"`;

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
  const withoutEntries = countries.filter((c) => !hasEntries(c.value));
  const noneCell = t("noneCell");
  // Each level's "level: count" split around the count: the words before and after it on a phone card.
  const levelWords = Object.fromEntries(
    levels.flatMap((l, i) => {
      const [before = "", after = ""] = t("levelCount", { level: l.label, count: COUNT_MARK }).split(COUNT_MARK);
      return [[`--level-${i + 1}`, cssString(before)], ...(after ? [[`--level-${i + 1}-after`, cssString(after)]] : [])];
    }),
  );
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
      <div role="region" aria-labelledby={`${id}-caption`} tabIndex={0} className="relative mt-3 md:max-h-[40rem] md:overflow-auto md:rounded-lg md:border md:border-slate-200">
        <table className="level-matrix" style={levelWords}>
          <caption id={`${id}-caption`} className="sr-only">
            {caption ?? t("caption")}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t("country")}</th>
              {levels.map((l) => (
                <th key={l.value} scope="col">
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
                  // A country with no entries at all is not a card of dashes on a phone: it is named below.
                  className: hasEntries(c.value) ? undefined : "none",
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
      {withoutEntries.length > 0 && (
        <div className="mt-2 rounded-lg border border-slate-200 px-3 py-2 text-sm md:hidden">
          <p className="font-semibold">{t("noLevel")}</p>
          <p className="mt-1 text-slate-700">{t("countryList", { countries: withoutEntries.map((c) => c.label).join(", ") })}</p>
        </div>
      )}
    </Section>
  );
}
