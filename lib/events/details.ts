import type { Entry as EntryRow } from "@/lib/generated/prisma/client";
import { isEventFormat, type EventFormat } from "./formats";

// What a page, feed or calendar shows of an event, from its row.

export type EventDetails = {
  startsAt: Date | null;
  endsAt: Date | null;
  /** IANA zone the times are announced in; null only when no time is known. */
  timeZone: string | null;
  format: EventFormat | null;
  venue: string | null;
  city: string | null;
  registrationUrl: string | null;
};

type EventRow = Pick<EntryRow, "kind" | "startsAt" | "endsAt" | "timeZone" | "eventFormat" | "venue" | "city" | "registrationUrl">;

/** The event's details; null for entries of other kinds. */
export function eventDetails(row: EventRow): EventDetails | null {
  if (row.kind !== "event") return null;
  return {
    startsAt: row.startsAt,
    endsAt: row.endsAt,
    timeZone: row.timeZone,
    format: row.eventFormat && isEventFormat(row.eventFormat) ? row.eventFormat : null,
    venue: row.venue,
    city: row.city,
    registrationUrl: row.registrationUrl,
  };
}
