import { useTranslations } from "next-intl";
import type { SearchQuery } from "@/lib/search";
import { exportPath } from "@/lib/export/params";

/** Links that download every entry of the search, not just this page. */
export function ExportLinks({ query, total }: { query: SearchQuery; total: number }) {
  const t = useTranslations("search");
  return (
    <p className="text-sm">
      {t("download")}{" "}
      <a href={exportPath(query, "csv", total)} download aria-label={t("downloadCsv")}>
        CSV
      </a>{" "}
      <span aria-hidden="true">·</span>{" "}
      <a href={exportPath(query, "json", total)} download aria-label={t("downloadJson")}>
        JSON
      </a>
    </p>
  );
}
