import type { NextRequest } from "next/server";
import { conditionalJson } from "@/lib/api/conditional";
import { readApiVocabularies } from "@/lib/api/entries";
import { limitApiRequest } from "@/lib/api/rate-limit";

export const dynamic = "force-dynamic";
export { OPTIONS } from "@/lib/api/preflight";

export async function GET(request: NextRequest) {
  const limited = await limitApiRequest(request);
  if (limited) return limited;
  return conditionalJson(request, await readApiVocabularies());
}
