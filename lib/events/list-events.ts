import "server-only";
import type { EventFilters, EventsView } from "./filters";
import { nextEventIds, pastEventIds, undatedEventIds, upcomingEventIds, type IdPage } from "./listing";
import { eventSummaries, type EventListing } from "./summaries";

const NONE: Promise<IdPage> = Promise.resolve({ ids: [], hasMore: false });

/** What /events shows for some filters: the first page of each list, or a later page of one. */
export async function listEvents(filters: EventFilters, view: EventsView, now = new Date()): Promise<EventListing> {
  const pageOf = (list: EventsView["list"]) => (view.list === "all" ? 1 : view.list === list ? view.page : 0);
  const read = (list: EventsView["list"], ids: (page: number) => Promise<IdPage>) => {
    const page = pageOf(list);
    return page > 0 ? ids(page) : NONE;
  };
  const [upcoming, past, undated] = await Promise.all([
    read("upcoming", (page) => upcomingEventIds(filters, now, page)),
    read("past", (page) => pastEventIds(filters, now, page)),
    read("undated", (page) => undatedEventIds(filters, page)),
  ]);
  const [upcomingEvents, pastEvents, undatedEvents] = await Promise.all([eventSummaries(upcoming.ids), eventSummaries(past.ids), eventSummaries(undated.ids)]);
  return {
    upcoming: upcomingEvents,
    hasMoreUpcoming: upcoming.hasMore,
    past: pastEvents,
    hasMorePast: past.hasMore,
    undated: undatedEvents,
    hasMoreUndated: undated.hasMore,
  };
}

/** The next few events, for the home page and a country's page. */
export async function nextEvents(filters: EventFilters, count: number, now = new Date()) {
  return eventSummaries(await nextEventIds(filters, now, count));
}
