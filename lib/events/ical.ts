import ical, { ICalCalendarMethod } from "ical-generator";

// Events as iCalendar (RFC 5545), written by ical-generator, which folds long
// lines and escapes commas, semicolons and newlines as the RFC asks. Times
// are written in UTC, so no VTIMEZONE is needed and every calendar shows them
// right in its reader's own zone. Calendars recognise an event again by its
// UID (the entry's id, which never changes) and take a newer copy by its
// SEQUENCE (from the entry's version, bumped by every approved change) and
// LAST-MODIFIED. The output depends on the events alone, so an unchanged
// calendar is byte for byte the same (and its ETag too).

/** Fixed, so UIDs stay the same whatever address the site is served from. */
export const UID_DOMAIN = "stem-clearinghouse";

export type CalendarEvent = {
  id: string;
  title: string;
  summary: string;
  /** Our page about it. */
  url: string;
  startsAt: Date;
  endsAt: Date | null;
  /** Where, in words ("Sofia Tech Park, Sofia, Bulgaria" or "Online"). */
  location: string | null;
  organisers: string[];
  /** The entry's version: 1 on first publication. */
  version: number;
  /** Its last content change. */
  updatedAt: Date;
};

export function eventUid(entryId: string): string {
  return `${entryId}@${UID_DOMAIN}`;
}

export function writeCalendar(name: string, events: CalendarEvent[]): string {
  const calendar = ical({ name, prodId: { company: "STEM Clearinghouse", product: "Events", language: "EN" }, method: ICalCalendarMethod.PUBLISH });
  for (const e of events) {
    calendar.createEvent({
      id: eventUid(e.id),
      summary: e.title,
      description: [e.summary, e.organisers.length > 0 ? `Organised by ${e.organisers.join(", ")}` : null, e.url].filter(Boolean).join("\n\n"),
      start: e.startsAt,
      end: e.endsAt ?? e.startsAt,
      location: e.location,
      url: e.url,
      sequence: e.version - 1,
      // Published calendars carry the time the event's data last changed, so the same data gives the same file.
      stamp: e.updatedAt,
      lastModified: e.updatedAt,
    });
  }
  return calendar.toString();
}
