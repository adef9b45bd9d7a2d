import type { NextRequest } from "next/server";
import { conditionalJson } from "@/lib/api/conditional";
import { listApiEntries } from "@/lib/api/entries";
import { linkHeader } from "@/lib/api/page-links";
import { limitApiRequest } from "@/lib/api/rate-limit";
import { parseSearchRequest } from "@/lib/api/search-request";

export const dynamic = "force-dynamic";
export { OPTIONS } from "@/lib/api/preflight";

export async function GET(request: NextRequest) {
  const limited = await limitApiRequest(request);
  if (limited) return limited;
  const parsed = parseSearchRequest(request);
  if (!parsed.ok) return parsed.response;
  const { query } = parsed;
  const { body, answeredBy } = await listApiEntries(query);
  return conditionalJson(request, body, { "X-Search-Engine": answeredBy, Link: linkHeader(body.links) });
}
