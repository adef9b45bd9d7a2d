import type { NextRequest } from "next/server";
import { conditionalJson } from "@/lib/api/conditional";
import { readContentLanguage } from "@/lib/api/content-language";
import { readApiArchivedEntry, readApiEntry } from "@/lib/api/entries";
import { limitApiRequest } from "@/lib/api/rate-limit";
import { apiError, apiGone } from "@/lib/api/responses";
import { slugSchema } from "@/lib/catalogue/schema";

export const dynamic = "force-dynamic";
export { OPTIONS } from "@/lib/api/preflight";

export async function GET(request: NextRequest, { params }: { params: Promise<{ slug: string }> }) {
  const limited = await limitApiRequest(request);
  if (limited) return limited;
  const { slug } = await params;
  const language = readContentLanguage(request.nextUrl.searchParams);
  if (!language.ok) return apiError(400, "invalid_language", language.message, [language.message]);
  // A malformed slug cannot name an entry: the same 404 as an unknown one.
  if (!slugSchema.safeParse(slug).success) return apiError(404, "not_found", "There is no published entry with this slug.");
  const entry = await readApiEntry(slug, language.lang);
  if (entry) return conditionalJson(request, { data: entry });
  const archived = await readApiArchivedEntry(slug, language.lang);
  if (archived) return apiGone(archived);
  return apiError(404, "not_found", "There is no published entry with this slug.");
}
