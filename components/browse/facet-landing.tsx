import Link from "next/link";
import type { ReactNode } from "react";
import type { SearchQuery, SearchResult } from "@/lib/search";
import { searchPath } from "@/lib/search/query";
import { resultCountText, SearchResults } from "@/components/search/search-results";
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
  return (
    <div>
      <h1 className="text-3xl font-bold">{title}</h1>
      <p className="mt-3 max-w-3xl text-slate-700">{intro}</p>
      {overview}
      <p className="mt-4 flex flex-wrap items-center gap-4">
        <span className="font-semibold">{resultCountText(result.total)}</span>
        <Link href={searchPath({ filters: query.filters })}>Refine these entries in search</Link>
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
