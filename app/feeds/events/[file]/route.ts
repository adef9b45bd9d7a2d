import { apiError } from "@/lib/api/responses";
import { slugSchema } from "@/lib/catalogue/schema";
import { eventCalendar } from "@/lib/events/calendar-feed";
import { calendarResponse } from "@/lib/events/calendar-response";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ file: string }> };

/** GET /feeds/events/{slug}.ics: one event as a calendar file ("Add to calendar"). */
export async function GET(request: Request, { params }: Context) {
  const { file } = await params;
  const slug = slugSchema.safeParse(file.replace(/\.ics$/, ""));
  if (!file.endsWith(".ics") || !slug.success) return apiError(404, "not_found", "No such calendar: ask for /feeds/events/{slug}.ics.");
  const body = await eventCalendar(slug.data);
  if (!body) return apiError(404, "not_found", "No published event with a date has this address.");
  return calendarResponse(request, body, `${slug.data}.ics`);
}
