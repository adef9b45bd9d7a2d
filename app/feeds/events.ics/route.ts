import type { NextRequest } from "next/server";
import { apiError } from "@/lib/api/responses";
import { eventsCalendar } from "@/lib/events/calendar-feed";
import { calendarResponse } from "@/lib/events/calendar-response";
import { filtersFromQuery } from "@/lib/events/filters";

export const dynamic = "force-dynamic";

/** GET /feeds/events.ics?country=RO&theme=…&format=…&month=YYYY-MM: the events of that listing as iCalendar. */
export async function GET(request: NextRequest) {
  const filters = filtersFromQuery(request.nextUrl.searchParams);
  if (!filters.success) return apiError(400, "invalid_query", filters.error.issues[0]?.message ?? "Invalid filters.");
  return calendarResponse(request, await eventsCalendar(filters.data), "events.ics");
}
