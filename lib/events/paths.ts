// Public addresses of events and their calendars.

export const EVENTS_PATH = "/events";
/** The calendar feed of a listing; the query string is the listing's filters. */
export const EVENTS_CALENDAR_PATH = "/feeds/events.ics";
/** One event as a calendar file ("Add to calendar"). */
export const eventCalendarPath = (slug: string) => `/feeds/events/${encodeURIComponent(slug)}.ics`;
