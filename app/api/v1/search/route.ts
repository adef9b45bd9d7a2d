import type { NextRequest } from "next/server";
import { conditionalJson } from "@/lib/api/conditional";
import { limitApiRequest } from "@/lib/api/rate-limit";
import { parseSearchRequest } from "@/lib/api/search-request";
import { searchWithEngine } from "@/lib/search";
import { toApiSearchResult } from "@/lib/search/serialise";

export const dynamic = "force-dynamic";
export { OPTIONS } from "@/lib/api/preflight";

export async function GET(request: NextRequest) {
  const limited = await limitApiRequest(request);
  if (limited) return limited;
  const parsed = parseSearchRequest(request);
  if (!parsed.ok) return parsed.response;
  const { query } = parsed;
  const { result, answeredBy } = await searchWithEngine(query);
  // X-Search-Engine tells clients (and operators) when Meilisearch was bypassed.
  return conditionalJson(request, toApiSearchResult(result), { "X-Search-Engine": answeredBy });
}
