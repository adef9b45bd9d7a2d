import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { Link } from "@/lib/i18n/navigation";
import type { SearchQuery, SearchResult } from "@/lib/search";
import { searchPath } from "@/lib/search/query";
import { SearchResults } from "@/components/search/search-results";
import { FeedLinks } from "@/components/feeds/feed-links";
import { EmbedLink } from "@/components/embed/embed-link";

// The page of one country, theme or level: its entries, newest first, with a
// way into the full search for refining.
export function FacetLanding({
  title,
  intro,
  query,
  result,
  basePath,
  overview,
}: {
  title: string;
  intro: string;
  query: SearchQuery;
  result: SearchResult;
  basePath: string;
  /** Shown above the list; it then carries the feed and embed links itself. */
  overview?: ReactNode;
}) {
  const t = useTranslations();
  return (
    <div>
      <h1 className="text-3xl font-bold">{title}</h1>
      <p className="mt-3 max-w-3xl text-slate-700">{intro}</p>
      {overview}
      <p className="mt-4 flex flex-wrap items-center gap-4">
        <span className="font-semibold">{t("search.resultCount", { count: result.total })}</span>
        <Link href={searchPath({ filters: query.filters })}>{t("browse.refine")}</Link>
        {!overview && (
          <>
            <FeedLinks query={query} />
            <EmbedLink query={query} />
          </>
        )}
      </p>
      <div className="mt-6">
        <SearchResults query={query} result={result} pageHref={(p) => (p > 1 ? `${basePath}?page=${p}` : basePath)} />
      </div>
    </div>
  );
}
