import { formatDate, formatDateTime } from "@/lib/format/dates";

/** A date for people to read, with the exact moment for machines in dateTime. */
export function When({ date, withTime = false, locale }: { date: Date; withTime?: boolean; locale?: string }) {
  return <time dateTime={date.toISOString()}>{withTime ? formatDateTime(date, locale) : formatDate(date, locale)}</time>;
}
