import "server-only";
import { entryPath } from "@/lib/catalogue/paths";
import { labelOf } from "@/lib/catalogue/vocabularies";
import { db } from "@/lib/db";
import { absoluteUrl } from "@/lib/site-url";
import type { EventFilters } from "./filters";
import { writeCalendar, type CalendarEvent } from "./ical";
import { datedEventIds } from "./listing";
import { eventSummaries, type EventSummary } from "./summaries";

// The calendars of /feeds/events.ics (a listing's events) and of one event
// ("Add to calendar"), in English, the catalogue's language.

function toCalendarEvent(e: EventSummary): CalendarEvent[] {
  if (!e.event.startsAt) return [];
  const place = [e.event.venue, e.event.city, ...e.countries.map((c) => labelOf("country", c))].filter((p): p is string => Boolean(p));
  const location = e.event.format === "online" ? "Online" : place.length > 0 ? place.join(", ") + (e.event.format === "hybrid" ? " and online" : "") : null;
  return [{
    id: e.id,
    title: e.title,
    summary: e.summary,
    url: absoluteUrl(entryPath(e.slug)),
    startsAt: e.event.startsAt,
    endsAt: e.event.endsAt,
    location,
    organisers: e.organisers,
    version: e.version,
    updatedAt: e.updatedAt,
  }];
}

function calendarName(filters: EventFilters): string {
  const parts = [
    filters.country ? labelOf("country", filters.country) : null,
    filters.theme ? labelOf("theme", filters.theme) : null,
    filters.format ?? null,
    filters.month ?? null,
  ].filter(Boolean);
  return parts.length > 0 ? `STEM education events: ${parts.join(", ")}` : "STEM education events";
}

/** The calendar of every dated event the filters match. */
export async function eventsCalendar(filters: EventFilters): Promise<string> {
  const events = await eventSummaries(await datedEventIds(filters));
  return writeCalendar(calendarName(filters), events.flatMap(toCalendarEvent));
}

/** One published, dated event's calendar, or null (no such event, or no date to put in a calendar). */
export async function eventCalendar(slug: string): Promise<string | null> {
  const row = await db.entry.findFirst({ where: { slug, kind: "event", archivedAt: null, startsAt: { not: null } }, select: { id: true } });
  if (!row) return null;
  const [event] = await eventSummaries([row.id]);
  return event ? writeCalendar(event.title, toCalendarEvent(event)) : null;
}
