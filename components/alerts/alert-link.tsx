import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import type { SearchQuery } from "@/lib/search";
import { searchQueryString } from "@/lib/search/query";

/** "Get alerts" for the search on the page: its words and filters, not its sort or page. */
export function AlertLink({ query }: { query: SearchQuery }) {
  const t = useTranslations("alerts");
  return (
    <Link href={`/alerts/new${searchQueryString({ q: query.q, filters: query.filters })}`} className="text-sm">
      {t("link")}
    </Link>
  );
}
