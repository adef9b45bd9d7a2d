import type { Entry as EntryRow } from "@/lib/generated/prisma/client";
import { apiEvent } from "./api";
import { eventDetails } from "./details";

type Row = Pick<EntryRow, "kind" | "startsAt" | "endsAt" | "timeZone" | "eventFormat" | "venue" | "city" | "registrationUrl">;

/** The event columns of an export row: filled for events, empty for other kinds. */
export function exportEventColumns(row: Row) {
  const e = eventDetails(row);
  const api = e ? apiEvent(e) : null;
  return {
    event_starts_at: api?.startsAt ?? null,
    event_ends_at: api?.endsAt ?? null,
    event_time_zone: api?.timeZone ?? null,
    event_format: api?.format ?? null,
    event_venue: api?.venue ?? null,
    event_city: api?.city ?? null,
    event_registration_url: api?.registrationUrl ?? null,
  };
}
