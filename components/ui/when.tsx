import { useLocale } from "next-intl";
import { formatDate, formatDateTime } from "@/lib/format/dates";

/** A date for people to read in the page's language, with the exact moment for machines in dateTime. */
export function When({ date, withTime = false }: { date: Date; withTime?: boolean }) {
  const locale = useLocale();
  return <time dateTime={date.toISOString()}>{withTime ? formatDateTime(date, locale) : formatDate(date, locale)}</time>;
}
