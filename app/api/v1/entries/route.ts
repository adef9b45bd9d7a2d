import type { NextRequest } from "next/server";
import { conditionalJson } from "@/lib/api/conditional";
import { listApiEntries } from "@/lib/api/entries";
import { linkHeader } from "@/lib/api/page-links";
import { limitApiRequest } from "@/lib/api/rate-limit";
import { apiError } from "@/lib/api/responses";
import { parseSearchParams } from "@/lib/search/query";

export const dynamic = "force-dynamic";

const MAX_QUERY_STRING = 4096;

export async function GET(request: NextRequest) {
  const limited = await limitApiRequest(request);
  if (limited) return limited;
  if (request.nextUrl.search.length > MAX_QUERY_STRING) {
    return apiError(414, "query_too_long", `The query string is longer than ${MAX_QUERY_STRING} characters.`);
  }
  const { query, problems } = parseSearchParams(request.nextUrl.searchParams);
  if (problems.length > 0) return apiError(400, "invalid_query", problems.join(" "), problems);
  const { body, answeredBy } = await listApiEntries(query);
  return conditionalJson(request, body, { "X-Search-Engine": answeredBy, Link: linkHeader(body.links) });
}
