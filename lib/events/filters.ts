import { z } from "zod";
import { countrySchema, themeSchema } from "@/lib/catalogue/schema";
import { eventFormatSchema } from "./schema";

// The filters of /events and of its calendar feed: one schema, so that the
// page, the feed and the links between them read a query string alike.

export const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

export const eventFiltersSchema = z.strictObject({
  country: countrySchema.optional(),
  theme: themeSchema.optional(),
  format: eventFormatSchema.optional(),
  month: z.string().regex(MONTH, "Give the month as YYYY-MM, such as 2027-03.").optional(),
});
export type EventFilters = z.output<typeof eventFiltersSchema>;

const FILTER_KEYS = ["country", "theme", "format", "month"] as const;

/** Filters from a query string; empty values (a form's "any") are no filter. */
export function filtersFromQuery(params: URLSearchParams): z.ZodSafeParseResult<EventFilters> {
  const raw: Record<string, string> = {};
  for (const key of FILTER_KEYS) {
    const value = params.get(key)?.trim();
    if (value) raw[key] = key === "country" ? value.toUpperCase() : value;
  }
  return eventFiltersSchema.safeParse(raw);
}

/** A page's filters: a value it does not know is dropped (a stale bookmark still lists events), never an error page. */
export function lenientFilters(params: URLSearchParams): EventFilters {
  const filters: EventFilters = {};
  for (const key of FILTER_KEYS) {
    const one = new URLSearchParams();
    const value = params.get(key);
    if (value) one.set(key, value);
    const parsed = filtersFromQuery(one);
    if (parsed.success) Object.assign(filters, parsed.data);
  }
  return filters;
}

/** The filters as a query string ("" or "?country=BG&…"), for links and the calendar feed. */
export function filtersQuery(filters: EventFilters, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams();
  for (const key of FILTER_KEYS) {
    const value = filters[key];
    if (value) params.set(key, value);
  }
  for (const [k, v] of Object.entries(extra)) params.set(k, v);
  const text = params.toString();
  return text ? `?${text}` : "";
}

/** Which of /events' lists a page shows: all three from their start, or further pages of one. */
export const EVENT_LISTS = ["upcoming", "past", "undated"] as const;
export type EventList = (typeof EVENT_LISTS)[number];
export type EventsView = { list: EventList | "all"; page: number };

const MAX_PAGE = 1000;

/**
 * The view a query string asks for, leniently like the filters: `?list=upcoming&page=2`,
 * and `?page=3` alone for the archive (its addresses from before the other lists had pages).
 * A page beyond what a list has shows that list's empty state.
 */
export function eventsView(params: URLSearchParams): EventsView {
  const n = Number(params.get("page") ?? "1");
  const page = Number.isInteger(n) && n >= 1 && n <= MAX_PAGE ? n : 1;
  const list = EVENT_LISTS.find((l) => l === params.get("list"));
  if (list) return { list, page };
  return page > 1 ? { list: "past", page } : { list: "all", page: 1 };
}

/** The address of one page of one list, with the filters kept; the first page of every list is /events itself. */
export function eventsViewQuery(filters: EventFilters, list: EventList, page: number): string {
  if (page <= 1) return filtersQuery(filters);
  return filtersQuery(filters, list === "past" ? { page: String(page) } : { list, page: String(page) });
}

/**
 * The page a list's "before" link leads to: the one before, or the first when
 * this page is past the list's end (an old or made-up address), whose page
 * before would be empty too.
 */
export function previousPage(page: number, shown: number): number {
  return shown === 0 ? 1 : page - 1;
}
