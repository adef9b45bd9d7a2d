import { conditionalJson } from "@/lib/api/conditional";
import { readLabelLanguage } from "@/lib/api/label-language";
import { apiError } from "@/lib/api/responses";
import { searchEndpoint } from "@/lib/api/search-endpoint";
import { searchWithEngine } from "@/lib/search";
import { labelFacets } from "@/lib/search/facet-labels";
import { toApiSearchResult } from "@/lib/search/serialise";

export const dynamic = "force-dynamic";
export { OPTIONS } from "@/lib/api/preflight";

export const GET = searchEndpoint(async (request, query) => {
  const language = readLabelLanguage(request.nextUrl.searchParams);
  if (!language.ok) return apiError(400, "invalid_language", language.message, [language.message]);
  const { result, answeredBy } = await searchWithEngine(query);
  // Only the labels change with `lang`: values, counts and hits stay as they are.
  const labelled = { ...result, facets: labelFacets(result.facets, language.lang) };
  // X-Search-Engine tells clients (and operators) when Meilisearch was bypassed.
  return conditionalJson(request, toApiSearchResult(labelled), { "X-Search-Engine": answeredBy });
});
