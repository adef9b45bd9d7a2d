import { useTranslations } from "next-intl";
import type { SearchHit } from "@/lib/search";
import { ResultCard } from "./result-card";

export function ResultList({ hits, headingLevel }: { hits: SearchHit[]; headingLevel?: 2 | 3 }) {
  const t = useTranslations("search");
  return (
    <ol className="grid gap-4" aria-label={t("resultsLabel")}>
      {hits.map((hit) => (
        <li key={hit.slug}>
          <ResultCard hit={hit} headingLevel={headingLevel} />
        </li>
      ))}
    </ol>
  );
}
