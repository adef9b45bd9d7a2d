import type { NextRequest } from "next/server";
import { conditionalJson } from "@/lib/api/conditional";
import { limitApiRequest } from "@/lib/api/rate-limit";
import { apiError, CORS_HEADERS } from "@/lib/api/responses";
import { listAllianceMembers } from "@/lib/alliance/directory";
import { directoryFormatSchema, directoryQueryOf } from "@/lib/alliance/directory-query";
import { directoryCsv } from "@/lib/alliance/export";
import { attachmentDisposition, fileNamePart } from "@/lib/export/file-name";

export const dynamic = "force-dynamic";
export { OPTIONS } from "@/lib/api/preflight";

export async function GET(request: NextRequest) {
  const limited = await limitApiRequest(request);
  if (limited) return limited;
  const params = request.nextUrl.searchParams;
  const query = directoryQueryOf(params);
  const format = directoryFormatSchema.safeParse(params.get("format") ?? undefined);
  if (!query.success || !format.success) {
    const problems = [...(query.error?.issues ?? []), ...(format.error?.issues ?? [])].map((i) => `${i.path.join(".") || "format"}: ${i.message}`);
    return apiError(400, "invalid_parameter", problems[0] ?? "A parameter is malformed.", problems);
  }
  const directory = await listAllianceMembers(query.data);
  if (format.data === "json") return conditionalJson(request, directory);
  const selection = [query.data.country, query.data.type].filter((v) => v !== undefined).map((v) => fileNamePart(v)).join("-");
  const filename = `stem-alliance${selection ? `-${selection}` : ""}-${new Date().toISOString().slice(0, 10)}.csv`;
  return new Response(directoryCsv(directory.members), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": attachmentDisposition(filename),
      "Cache-Control": "no-store",
      ...CORS_HEADERS,
      "X-Content-Type-Options": "nosniff",
    },
  });
}
