import type { EventDetails } from "./details";
import { isoInZone } from "./time-zone";

/** An event's details as the JSON API gives them: times with their zone's offset. */
export function apiEvent(e: EventDetails) {
  const zone = e.timeZone ?? "UTC";
  return {
    startsAt: e.startsAt ? isoInZone(e.startsAt, zone) : null,
    endsAt: e.endsAt ? isoInZone(e.endsAt, zone) : null,
    timeZone: e.timeZone,
    format: e.format,
    venue: e.venue,
    city: e.city,
    registrationUrl: e.registrationUrl,
  };
}
