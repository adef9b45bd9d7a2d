// UTC datestamps as OAI-PMH writes and reads them. Requests may use either
// granularity the repository supports: a day or a second.

export type Granularity = "day" | "second";

/** A from or until argument: the first instant it names, and how precise it is. */
export type DateBound = { text: string; granularity: Granularity; start: Date };

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const SECOND = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})Z$/;

export function parseDatestamp(text: string): DateBound | null {
  const match = SECOND.exec(text) ?? DAY.exec(text);
  if (!match) return null;
  const [year, month, day, hour = 0, minute = 0, second = 0] = match.slice(1).map(Number);
  if (year === undefined || month === undefined || day === undefined) return null;
  const start = new Date(Date.UTC(year, month - 1, day, hour, minute, second));
  // Date.UTC rolls 2024-02-30 over into March; a real date survives the round trip.
  if (
    start.getUTCFullYear() !== year ||
    start.getUTCMonth() !== month - 1 ||
    start.getUTCDate() !== day ||
    start.getUTCHours() !== hour ||
    start.getUTCMinutes() !== minute ||
    start.getUTCSeconds() !== second
  ) {
    return null;
  }
  return { text, granularity: match.length === 7 ? "second" : "day", start };
}

/**
 * The first instant after an until argument. Datestamps are shown to the
 * second, so "until 10:00:00" keeps a change at 10:00:00.400 and "until
 * 2025-01-31" keeps the whole of that day.
 */
export function endOf(bound: DateBound): Date {
  return new Date(bound.start.getTime() + (bound.granularity === "day" ? 86_400_000 : 1000));
}

/** YYYY-MM-DDThh:mm:ssZ, the repository's granularity. */
export function formatDatestamp(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, "Z");
}
