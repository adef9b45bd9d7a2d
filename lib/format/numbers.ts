import type { Locale } from "@/lib/i18n/locales";
import { cachedByLocale } from "./locale";

const numberFormat = cachedByLocale((locale) => new Intl.NumberFormat(locale));
// Percent as a unit of a number already in percent: multiplying a fraction by
// 100 inside Intl would round 99.5 down where Math.round went up.
const percentFormat = cachedByLocale((locale) => new Intl.NumberFormat(locale, { style: "unit", unit: "percent", maximumFractionDigits: 0 }));

/** "12,345" */
export function formatNumber(value: number, locale?: Locale): string {
  return numberFormat(locale).format(value);
}

/** A percentage, rounded to a whole one: 45.6 → "46%". */
export function formatPercent(percent: number, locale?: Locale): string {
  return percentFormat(locale).format(percent);
}

/** A part of a whole as a percentage; a share too small to round to 1% says so ("<1%"), none of nothing is "–". */
export function formatShare(part: number, whole: number, locale?: Locale): string {
  if (whole === 0) return "–";
  const percent = (100 * part) / whole;
  return percent > 0 && percent < 1 ? `<${formatPercent(1, locale)}` : formatPercent(percent, locale);
}
