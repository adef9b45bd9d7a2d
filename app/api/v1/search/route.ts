import { conditionalJson } from "@/lib/api/conditional";
import { searchEndpoint } from "@/lib/api/search-endpoint";
import { searchWithEngine } from "@/lib/search";
import { toApiSearchResult } from "@/lib/search/serialise";

export const dynamic = "force-dynamic";
export { OPTIONS } from "@/lib/api/preflight";

export const GET = searchEndpoint(async (request, query) => {
  const { result, answeredBy } = await searchWithEngine(query);
  // X-Search-Engine tells clients (and operators) when Meilisearch was bypassed.
  return conditionalJson(request, toApiSearchResult(result), { "X-Search-Engine": answeredBy });
});
