import type { NextRequest } from "next/server";
import { csvText } from "@/lib/export/csv";
import { attachmentDisposition, exportFileName } from "@/lib/export/file-name";
import { catalogueStatistics, parseStatisticsSelection } from "@/lib/stats";
import { matrixTable } from "@/lib/stats/matrix-csv";

export const dynamic = "force-dynamic";

/** The statistics page's country × level matrix, for the same selection, as CSV. */
export async function GET(request: NextRequest) {
  const { selection, problems } = parseStatisticsSelection(request.nextUrl.searchParams);
  if (problems.length > 0) {
    return new Response(`${problems.join(" ")}\n`, { status: 400, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  }
  const { header, rows } = matrixTable(selection, await catalogueStatistics(selection));
  return new Response(csvText(header, rows), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": attachmentDisposition(exportFileName(selection, "csv", new Date(), "countries-levels")),
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
