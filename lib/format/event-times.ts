import { intlLocale, type Locale } from "@/lib/i18n/locales";

// An event's times on the clock of its own zone, in the reader's language:
// "Friday 12 March 2027, 09:30 – 17:00" or a range over several days. Not
// cached by locale like the other formatters: the zone varies per event.

const OPTIONS: Intl.DateTimeFormatOptions = { weekday: "long", day: "numeric", month: "long", year: "numeric", hour: "2-digit", minute: "2-digit" };

export function formatEventTimes(start: Date, end: Date | null, zone: string, locale: Locale): string {
  const format = new Intl.DateTimeFormat(intlLocale(locale), { ...OPTIONS, timeZone: zone });
  return end && end.getTime() !== start.getTime() ? format.formatRange(start, end) : format.format(start);
}

/** The day only, short ("12 Mar 2027"), for lists. */
export function formatEventDay(start: Date, end: Date | null, zone: string, locale: Locale): string {
  const format = new Intl.DateTimeFormat(intlLocale(locale), { day: "numeric", month: "short", year: "numeric", timeZone: zone });
  return end ? format.formatRange(start, end) : format.format(start);
}
