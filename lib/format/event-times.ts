import { intlLocale, type Locale } from "@/lib/i18n/locales";

// An event's times on the clock of its own zone, in the reader's language:
// "Friday 12 March 2027, 09:30 – 17:00" or a range over several days.

const OPTIONS: Intl.DateTimeFormatOptions = { weekday: "long", day: "numeric", month: "long", year: "numeric", hour: "2-digit", minute: "2-digit" };
const DAY_OPTIONS: Intl.DateTimeFormatOptions = { day: "numeric", month: "short", year: "numeric" };

// Constructing a formatter costs far more than formatting with one (a quarter of a
// millisecond, a home page's events took 4% of its time), so they are kept per
// language and zone. Zones are the IANA set, a few hundred: the map stays small.
const made = new Map<string, Intl.DateTimeFormat>();

function formatter(kind: "times" | "day", locale: Locale, zone: string): Intl.DateTimeFormat {
  const key = `${kind} ${locale} ${zone}`;
  let format = made.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(intlLocale(locale), { ...(kind === "times" ? OPTIONS : DAY_OPTIONS), timeZone: zone });
    made.set(key, format);
  }
  return format;
}

export function formatEventTimes(start: Date, end: Date | null, zone: string, locale: Locale): string {
  const format = formatter("times", locale, zone);
  return end && end.getTime() !== start.getTime() ? format.formatRange(start, end) : format.format(start);
}

/** The day only, short ("12 Mar 2027"), for lists. */
export function formatEventDay(start: Date, end: Date | null, zone: string, locale: Locale): string {
  const format = formatter("day", locale, zone);
  return end ? format.formatRange(start, end) : format.format(start);
}
