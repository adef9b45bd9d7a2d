import type { NextRequest } from "next/server";
import { conditionalJson } from "@/lib/api/conditional";
import { readApiVocabularies } from "@/lib/api/entries";
import { readLabelLanguage } from "@/lib/api/label-language";
import { limitApiRequest } from "@/lib/api/rate-limit";
import { apiError } from "@/lib/api/responses";

export const dynamic = "force-dynamic";
export { OPTIONS } from "@/lib/api/preflight";

export async function GET(request: NextRequest) {
  const limited = await limitApiRequest(request);
  if (limited) return limited;
  const language = readLabelLanguage(request.nextUrl.searchParams);
  if (!language.ok) return apiError(400, "invalid_language", language.message, [language.message]);
  return conditionalJson(request, await readApiVocabularies(language.lang));
}
