import type { Locale } from "@/lib/i18n/locales";
import { cachedByLocale } from "./locale";

// Dates in UTC, so what a member sees matches what a moderator quotes, and
// two moderators in different countries quote the same time to each other.

const dateFormat = cachedByLocale((locale) => new Intl.DateTimeFormat(locale, { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }));

const dateTimeFormat = cachedByLocale(
  (locale) =>
    new Intl.DateTimeFormat(locale, { day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit", timeZone: "UTC" }),
);

/** "3 December 2026" */
export function formatDate(date: Date, locale?: Locale): string {
  return dateFormat(locale).format(date);
}

/** "3 Dec 2026, 14:05 UTC" */
export function formatDateTime(date: Date, locale?: Locale): string {
  return `${dateTimeFormat(locale).format(date)} UTC`;
}

/** "2026-12-03": the day as a short, sortable date, the same in every language. */
export function formatDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}
