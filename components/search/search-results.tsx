import Link from "next/link";
import type { SearchQuery, SearchResult } from "@/lib/search";
import type { EmptySearchSuggestions } from "@/lib/search/suggestions";
import { EmptyResults } from "./empty-results";
import { Pagination, searchPageHref, type PageHref } from "./pagination";
import { ResultList } from "./result-list";
import { formatNumber } from "@/lib/format/numbers";

export function resultCountText(total: number): string {
  return total === 1 ? "1 entry" : `${formatNumber(total)} entries`;
}

type Props = { query: SearchQuery; result: SearchResult; pageHref?: PageHref; suggestions?: EmptySearchSuggestions };

export function SearchResults({ query, result, pageHref, suggestions }: Props) {
  const href = pageHref ?? searchPageHref(query);
  const pages = Math.ceil(result.total / query.pageSize);
  if (result.total === 0) return <EmptyResults query={query} suggestions={suggestions} />;
  if (result.hits.length === 0) {
    return (
      <p className="rounded-md border border-slate-300 p-4">
        Page {query.page} is past the end of these results (there {pages === 1 ? "is 1 page" : `are ${pages} pages`}).{" "}
        <Link href={href(1)}>Go to the first page</Link>.
      </p>
    );
  }
  return (
    <>
      <ResultList hits={result.hits} />
      <Pagination query={query} total={result.total} href={href} />
    </>
  );
}
