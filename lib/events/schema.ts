import { z } from "zod";
import { cleanLine } from "@/lib/forms/clean-text";
import { webAddressSchema } from "@/lib/forms/web-address";
import { EVENT_FORMATS } from "./formats";
import { isLocalTime, isTimeZone } from "./time-zone";

// The fields only an event has, as the entry schemas take them (ADR 017).
// Times are wall-clock times in the event's own zone, as organisers announce
// them; lib/catalogue/rows.ts turns them into instants.

export const localTimeSchema = z.string().trim().refine(isLocalTime, "Give a date and time, such as 2027-03-12T09:30.");
export const timeZoneSchema = z.string().trim().refine(isTimeZone, "Choose a time zone from the list, such as Europe/Sofia.");
export const eventFormatSchema = z.enum(EVENT_FORMATS);

export const eventFields = {
  startsAt: localTimeSchema.optional(),
  endsAt: localTimeSchema.optional(),
  timeZone: timeZoneSchema.optional(),
  eventFormat: eventFormatSchema.optional(),
  venue: z.string().overwrite(cleanLine).min(2).max(300).optional(),
  city: z.string().overwrite(cleanLine).min(2).max(120).optional(),
  registrationUrl: webAddressSchema().optional(),
};

export const EVENT_FIELD_NAMES = ["startsAt", "endsAt", "timeZone", "eventFormat", "venue", "city", "registrationUrl"] as const;

type EventShape = { kind?: string | undefined } & Partial<Record<(typeof EVENT_FIELD_NAMES)[number], string | undefined>>;

/** Only events have dates, a format, a venue or a registration link. */
export function eventFieldsOnlyOnEvents(e: EventShape): boolean {
  return e.kind === "event" || EVENT_FIELD_NAMES.every((name) => e[name] === undefined);
}
export const eventFieldsOnlyOnEventsIssue = { message: "Only events have dates, a format, a venue or a registration link.", path: ["kind"] };

/** A start needs its zone, to be one moment. */
export function startHasZone(e: EventShape): boolean {
  return e.startsAt === undefined || e.timeZone !== undefined;
}
export const startHasZoneIssue = { message: "Choose the time zone the times are given in.", path: ["timeZone"] };

/** An end needs a start and cannot precede it (both in the one zone, so the texts compare as times). */
export function endAfterStart(e: EventShape): boolean {
  if (e.endsAt === undefined) return true;
  return e.startsAt !== undefined && e.endsAt >= e.startsAt;
}
export const endAfterStartIssue = { message: "The end cannot be before the start.", path: ["endsAt"] };
