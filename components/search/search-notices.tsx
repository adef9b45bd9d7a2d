import { useTranslations } from "next-intl";
import type { SearchQuery, SearchResult } from "@/lib/search";
import { ParameterProblems } from "./parameter-problems";
import { UnderstoodFilters } from "./understood-filters";

type Props = { query: SearchQuery; problems: string[]; result: Pick<SearchResult, "corrections" | "understood" | "partial" | "facets"> };

export function SearchNotices({ query, problems, result }: Props) {
  const t = useTranslations("search.notices");
  const { corrections, partial } = result;
  return (
    <>
      {partial && (
        <p className="rounded-md border border-slate-300 bg-slate-50 p-3 text-sm text-slate-800">
          {t("partial")}
        </p>
      )}
      <UnderstoodFilters query={query} result={result} />
      <ParameterProblems problems={problems} />
      {corrections.length > 0 && (
        <p className="text-sm text-slate-700">
          {t("corrections")}{" "}
          {corrections.map((c, i) => (
            <span key={c.from}>
              {i > 0 && "; "}“{c.from}” → {c.to.map((t) => `“${t}”`).join(", ")}
            </span>
          ))}
        </p>
      )}
    </>
  );
}
