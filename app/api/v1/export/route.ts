import type { NextRequest } from "next/server";
import { limitApiRequest } from "@/lib/api/rate-limit";
import { apiError, CORS_HEADERS } from "@/lib/api/responses";
import { queryStringTooLong } from "@/lib/api/search-request";
import { exportSearch } from "@/lib/export/export-search";
import { attachmentDisposition } from "@/lib/export/file-name";

export const dynamic = "force-dynamic";
export { OPTIONS } from "@/lib/api/preflight";

export async function GET(request: NextRequest) {
  const limited = await limitApiRequest(request);
  if (limited) return limited;
  const tooLong = queryStringTooLong(request);
  if (tooLong) return tooLong;
  const outcome = await exportSearch(request.nextUrl.searchParams);
  if (!outcome.ok) return apiError(400, outcome.code, outcome.message, outcome.details);
  const { body, contentType, filename } = outcome.download;
  return new Response(body, {
    headers: {
      "Content-Type": contentType,
      "Content-Disposition": attachmentDisposition(filename),
      "Cache-Control": "no-store",
      ...CORS_HEADERS,
      "X-Content-Type-Options": "nosniff",
    },
  });
}
