import type { NextRequest } from "next/server";
import { conditionalJson } from "@/lib/api/conditional";
import { limitApiRequest } from "@/lib/api/rate-limit";
import { apiError } from "@/lib/api/responses";
import { searchWithEngine } from "@/lib/search";
import { parseSearchParams } from "@/lib/search/query";
import { toApiSearchResult } from "@/lib/search/serialise";

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
  const { result, answeredBy } = await searchWithEngine(query);
  // X-Search-Engine tells clients (and operators) when Meilisearch was bypassed.
  return conditionalJson(request, toApiSearchResult(result), { "X-Search-Engine": answeredBy });
}
