import "server-only";
import type { EventFilters } from "./filters";
import { pastEventIds, undatedEventIds, upcomingEventIds } from "./listing";
import { eventSummaries, type EventListing } from "./summaries";

/** Everything /events shows for some filters: upcoming, one page of the archive, and the undated. */
export async function listEvents(filters: EventFilters, page: number, now = new Date()): Promise<EventListing> {
  const [upcomingIds, past, undatedIds] = await Promise.all([
    page === 1 ? upcomingEventIds(filters, now) : Promise.resolve([]),
    pastEventIds(filters, now, page),
    page === 1 ? undatedEventIds(filters) : Promise.resolve([]),
  ]);
  const [upcoming, pastEvents, undated] = await Promise.all([eventSummaries(upcomingIds), eventSummaries(past.ids), eventSummaries(undatedIds)]);
  return { upcoming, past: pastEvents, hasMorePast: past.hasMore, undated };
}

/** The next few events, for the home page and a country's page. */
export async function nextEvents(filters: EventFilters, count: number, now = new Date()) {
  return eventSummaries(await upcomingEventIds(filters, now, count));
}
