import type { Entry as EntryRow } from "@/lib/generated/prisma/client";
import { isEventFormat, type EventFormat } from "./formats";
import { fromLocalTime, toLocalTime } from "./time-zone";

// An event's fields between their two shapes: wall-clock times in a zone (what
// people give, what proposals hold) and instants (what the database sorts on).

type EventInput = {
  startsAt?: string | undefined;
  endsAt?: string | undefined;
  timeZone?: string | undefined;
  eventFormat?: EventFormat | undefined;
  venue?: string | undefined;
  city?: string | undefined;
  registrationUrl?: string | undefined;
};

type EventColumns = Pick<EntryRow, "startsAt" | "endsAt" | "timeZone" | "eventFormat" | "venue" | "city" | "registrationUrl">;

/** The columns of a validated entry's event fields (all null for other kinds). */
export function eventColumns(e: EventInput): EventColumns {
  const zone = e.timeZone ?? null;
  return {
    startsAt: e.startsAt !== undefined && zone ? fromLocalTime(e.startsAt, zone) : null,
    endsAt: e.endsAt !== undefined && zone ? fromLocalTime(e.endsAt, zone) : null,
    timeZone: zone,
    eventFormat: e.eventFormat ?? null,
    venue: e.venue ?? null,
    city: e.city ?? null,
    registrationUrl: e.registrationUrl ?? null,
  };
}

/** A stored event's fields as proposal content: times back on the zone's clock. */
export function eventContent(row: EventColumns): EventInput {
  const zone = row.timeZone ?? undefined;
  return {
    startsAt: row.startsAt && zone ? toLocalTime(row.startsAt, zone) : undefined,
    endsAt: row.endsAt && zone ? toLocalTime(row.endsAt, zone) : undefined,
    timeZone: zone,
    eventFormat: row.eventFormat && isEventFormat(row.eventFormat) ? row.eventFormat : undefined,
    venue: row.venue ?? undefined,
    city: row.city ?? undefined,
    registrationUrl: row.registrationUrl ?? undefined,
  };
}
