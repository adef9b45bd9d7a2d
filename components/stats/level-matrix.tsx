import { COUNTRIES, LEVELS } from "@/lib/catalogue/vocabularies";
import type { ReactNode } from "react";
import { classOf, colourClasses, rangeLabel } from "@/lib/geo/colour-scale";
import { formatNumber } from "@/lib/format/numbers";
import { Section } from "@/components/ui/section";

// Countries × education levels: where the catalogue has entries and, as
// importantly, where it has none. Empty cells say so in words as well as
// with a dash, so the gap is not carried by colour alone.

type LevelMatrixProps = {
  cells: Record<string, Record<string, number>>;
  /** The rows, as country codes, in this order: every country unless told otherwise. */
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
  title = "Countries and education levels",
  intro = "Entries for each country and education level.",
  actions,
  caption = "Entries per country (rows) and education level (columns)",
}: LevelMatrixProps) {
  const rowCodes = new Set(codes ?? COUNTRIES.map((c) => c.value));
  const countries = COUNTRIES.filter((c) => rowCodes.has(c.value));
  const classes = colourClasses(countries.flatMap((c) => LEVELS.map((l) => cells[c.value]?.[l.value] ?? 0)));
  const hasEntries = (country: string) => LEVELS.some((l) => (cells[country]?.[l.value] ?? 0) > 0);
  const withEntries = countries.filter((c) => hasEntries(c.value));
  const withoutEntries = countries.filter((c) => !hasEntries(c.value));
  const gaps = countries.reduce((n, c) => n + LEVELS.filter((l) => (cells[c.value]?.[l.value] ?? 0) === 0).length, 0);
  return (
    <Section
      id={id}
      title={title}
      intro={
        <>
          {intro} {formatNumber(gaps)} of the {formatNumber(countries.length * LEVELS.length)} combinations have none yet: the table marks them with a
          dash, and the cards on small screens name them.
        </>
      }
      className="border-t border-slate-200 pt-6"
    >
      {actions && <p className="mt-2 text-sm">{actions}</p>}
      {/* Phones: one card per country with entries, then the countries with none in one card; the table from md up. */}
      <ul className="mt-3 grid gap-2 sm:grid-cols-2 md:hidden" aria-label={caption}>
        {withEntries.map((c) => {
          const count = (level: string) => cells[c.value]?.[level] ?? 0;
          const missing = LEVELS.filter((l) => count(l.value) === 0);
          return (
            <li key={c.value} className="rounded-lg border border-slate-200 px-3 py-2 text-sm wrap-anywhere">
              <p className="font-semibold">{c.label}</p>
              <dl className="mt-1 grid grid-cols-[1fr_auto] gap-x-3">
                {LEVELS.filter((l) => count(l.value) > 0).map((l) => (
                  <div key={l.value} className="contents">
                    <dt>{l.label}</dt>
                    <dd className="text-right tabular-nums">{formatNumber(count(l.value))}</dd>
                  </div>
                ))}
              </dl>
              <p className="mt-1 text-slate-700">{missing.length > 0 ? `None yet: ${missing.map((l) => l.label).join(", ")}.` : "Entries at every level."}</p>
            </li>
          );
        })}
        {withoutEntries.length > 0 && (
          <li className="rounded-lg border border-slate-200 px-3 py-2 text-sm wrap-anywhere sm:col-span-2">
            <p className="font-semibold">No entries at any level yet</p>
            <p className="mt-1 text-slate-700">{withoutEntries.map((c) => c.label).join(", ")}.</p>
          </li>
        )}
      </ul>
      <ul className="mt-3 hidden flex-wrap gap-x-4 gap-y-1 text-sm text-slate-700 md:flex" aria-label="Colour key">
        <li className="flex items-center gap-1.5">
          <span aria-hidden="true" className="inline-block h-4 w-5 border border-slate-400 bg-white text-center leading-3">
            —
          </span>
          None
        </li>
        {classes.map((c) => (
          <li key={c.min} className="flex items-center gap-1.5">
            <span aria-hidden="true" className="inline-block h-4 w-5 border border-slate-400" style={{ backgroundColor: c.fill }} />
            {rangeLabel(c)}
          </li>
        ))}
      </ul>
      <div role="region" aria-labelledby={`${id}-caption`} tabIndex={0} className="relative mt-3 hidden max-h-[40rem] overflow-auto rounded-lg border border-slate-200 md:block">
        <table className="w-full border-collapse text-sm">
          <caption id={`${id}-caption`} className="sr-only">
            {caption}
          </caption>
          <thead>
            <tr>
              <th scope="col" className="sticky top-0 left-0 z-20 bg-white px-2 py-2 text-left align-bottom font-semibold">
                Country
              </th>
              {LEVELS.map((l) => (
                <th key={l.value} scope="col" className="sticky top-0 z-10 min-w-[6rem] bg-white px-2 py-2 text-right align-bottom font-semibold">
                  {l.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {countries.map((c) => (
              <tr key={c.value} className="border-t border-slate-200">
                <th scope="row" className="sticky left-0 z-10 bg-white px-2 py-1 text-left font-normal whitespace-nowrap">
                  {c.label}
                </th>
                {LEVELS.map((l) => {
                  const count = cells[c.value]?.[l.value] ?? 0;
                  const shade = classOf(classes, count);
                  return (
                    <td
                      key={l.value}
                      className="border-l border-white px-2 py-1 text-right tabular-nums"
                      style={shade ? { backgroundColor: shade.fill, color: shade.textOnFill } : undefined}
                    >
                      {shade ? (
                        formatNumber(count)
                      ) : (
                        <>
                          <span aria-hidden="true" className="text-slate-600">
                            —
                          </span>
                          <span className="sr-only">none</span>
                        </>
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Section>
  );
}
