import { formatNumber } from "@/lib/format/numbers";
import { rangeLabel, type ColourClass } from "@/lib/geo/colour-scale";
import type { Locale } from "@/lib/i18n/locales";

/** A colour class's range in the language's digits ("1 000–2 000" in French); English as it always read. */
export function rangeText(c: ColourClass, locale: Locale): string {
  if (locale === "en") return rangeLabel(c);
  return c.min === c.max ? formatNumber(c.min, locale) : `${formatNumber(c.min, locale)}–${formatNumber(c.max, locale)}`;
}
