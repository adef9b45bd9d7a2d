import { formatDate, formatDateTime } from "./format";

export function When({ date, withTime = false }: { date: Date; withTime?: boolean }) {
  return <time dateTime={date.toISOString()}>{withTime ? formatDateTime(date) : formatDate(date)}</time>;
}
