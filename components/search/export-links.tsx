import type { SearchQuery } from "@/lib/search";
import { exportPath } from "@/lib/export/params";

/** Links that download every entry of the search, not just this page. */
export function ExportLinks({ query, total }: { query: SearchQuery; total: number }) {
  return (
    <p className="text-sm">
      Download:{" "}
      <a href={exportPath(query, "csv", total)} download aria-label="Download these results as CSV">
        CSV
      </a>{" "}
      <span aria-hidden="true">·</span>{" "}
      <a href={exportPath(query, "json", total)} download aria-label="Download these results as JSON">
        JSON
      </a>
    </p>
  );
}
