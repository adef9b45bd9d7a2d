import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import type { SearchQuery, SearchResult } from "@/lib/search";
import type { EmptySearchSuggestions } from "@/lib/search/suggestions";
import { EmptyResults } from "./empty-results";
import { Pagination, searchPageHref, type PageHref } from "./pagination";
import { ResultList } from "./result-list";

type Props = { query: SearchQuery; result: SearchResult; pageHref?: PageHref; suggestions?: EmptySearchSuggestions };

export function SearchResults({ query, result, pageHref, suggestions }: Props) {
  const t = useTranslations("search");
  const href = pageHref ?? searchPageHref(query);
  const pages = Math.ceil(result.total / query.pageSize);
  if (result.total === 0) return <EmptyResults query={query} suggestions={suggestions} />;
  if (result.hits.length === 0) {
    return (
      <p className="rounded-md border border-slate-300 p-4">
        {t("pastEnd", { page: query.page, pages })} {t.rich("firstPage", { link: (chunks) => <Link href={href(1)}>{chunks}</Link> })}
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
