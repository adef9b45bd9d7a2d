import { conditionalJson } from "@/lib/api/conditional";
import { listApiEntries } from "@/lib/api/entries";
import { linkHeader } from "@/lib/api/page-links";
import { searchEndpoint } from "@/lib/api/search-endpoint";

export const dynamic = "force-dynamic";
export { OPTIONS } from "@/lib/api/preflight";

export const GET = searchEndpoint(async (request, query) => {
  const { body, answeredBy } = await listApiEntries(query);
  return conditionalJson(request, body, { "X-Search-Engine": answeredBy, Link: linkHeader(body.links) });
});
