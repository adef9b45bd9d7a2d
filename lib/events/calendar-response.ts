import "server-only";
import { entityTag, isNotModified } from "@/lib/api/conditional";

export const CALENDAR_CONTENT_TYPE = "text/calendar; charset=utf-8";

/** A calendar answer; 304 to a client that has this very file already. */
export function calendarResponse(request: Request, body: string, filename: string): Response {
  const etag = entityTag(body);
  const headers: Record<string, string> = { "Cache-Control": "public, max-age=300", ETag: etag };
  if (isNotModified(request, etag)) return new Response(null, { status: 304, headers });
  return new Response(body, { headers: { ...headers, "Content-Type": CALENDAR_CONTENT_TYPE, "Content-Disposition": `inline; filename="${filename}"` } });
}
