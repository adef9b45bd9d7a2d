import type { Locale } from "@/lib/i18n/locales";
import { cachedByLocale } from "./locale";

const numberFormat = cachedByLocale((locale) => new Intl.NumberFormat(locale));
// Percent as a unit of a number already in percent: multiplying a fraction by
// 100 inside Intl would round 99.5 down where Math.round went up.
const percentFormat = cachedByLocale((locale) => new Intl.NumberFormat(locale, { style: "unit", unit: "percent", maximumFractionDigits: 0 }));

// The statistics page formats some 800 counts and shares a view, mostly the
// same ones on every view: Intl takes about half a microsecond a call, a Map
// look-up a hundredth of that (docs/benchmarks.md, 2026-12-07, evening).
const MAX_KEPT = 10_000;
const keptNumbers = cachedByLocale(() => new Map<number, string>());
const keptPercents = cachedByLocale(() => new Map<number, string>());

function kept(texts: Map<number, string>, number: number, format: (value: number) => string): string {
  // -0 and 0 are one key of a Map: both read "0".
  const value = number === 0 ? 0 : number;
  let text = texts.get(value);
  if (text === undefined) {
    if (texts.size >= MAX_KEPT) texts.clear();
    text = format(value);
    texts.set(value, text);
  }
  return text;
}

/** "12,345" */
export function formatNumber(value: number, locale?: Locale): string {
  const format = numberFormat(locale);
  return Number.isSafeInteger(value) ? kept(keptNumbers(locale), value, (n) => format.format(n)) : format.format(value);
}

/** A percentage, rounded to a whole one: 45.6 → "46%". */
export function formatPercent(percent: number, locale?: Locale): string {
  const format = percentFormat(locale);
  // Rounded first, as Intl would (half away from zero, which Math.round is for numbers of 0 and more).
  return percent >= 0 && percent <= Number.MAX_SAFE_INTEGER ? kept(keptPercents(locale), Math.round(percent), (n) => format.format(n)) : format.format(percent);
}

/** A part of a whole as a percentage; a share too small to round to 1% says so ("<1%"), none of nothing is "–". */
export function formatShare(part: number, whole: number, locale?: Locale): string {
  if (whole === 0) return "–";
  const percent = (100 * part) / whole;
  return percent > 0 && percent < 1 ? `<${formatPercent(1, locale)}` : formatPercent(percent, locale);
}
