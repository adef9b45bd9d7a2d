// Dates in UTC, so what a member sees matches what a moderator quotes.
const DATE = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
const DATE_TIME = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit", timeZone: "UTC" });

export function When({ date, withTime = false }: { date: Date; withTime?: boolean }) {
  return <time dateTime={date.toISOString()}>{withTime ? `${DATE_TIME.format(date)} UTC` : DATE.format(date)}</time>;
}
