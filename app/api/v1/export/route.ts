import type { NextRequest } from "next/server";
import { limitApiRequest } from "@/lib/api/rate-limit";
import { apiError } from "@/lib/api/responses";
import { exportSearch } from "@/lib/export/export-search";

export const dynamic = "force-dynamic";

const MAX_QUERY_STRING = 4096;

export async function GET(request: NextRequest) {
  const limited = await limitApiRequest(request);
  if (limited) return limited;
  if (request.nextUrl.search.length > MAX_QUERY_STRING) {
    return apiError(414, "query_too_long", `The query string is longer than ${MAX_QUERY_STRING} characters.`);
  }
  const outcome = await exportSearch(request.nextUrl.searchParams);
  if (!outcome.ok) return apiError(400, outcome.code, outcome.message, outcome.details);
  const { body, contentType, filename } = outcome.download;
  return new Response(body, {
    headers: {
      "Content-Type": contentType,
      "Content-Disposition": `attachment; filename="${filename}"`,
      "Cache-Control": "no-store",
      "Access-Control-Allow-Origin": "*",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
