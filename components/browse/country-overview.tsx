import Link from "next/link";
import { FACET_LABELS, FACET_VOCABULARIES, type Facet } from "@/lib/catalogue/vocabularies";
import { exportPath } from "@/lib/export/params";
import { formatList } from "@/lib/format/lists";
import { formatNumber } from "@/lib/format/numbers";
import type { SearchQuery, SearchResult } from "@/lib/search";
import { statisticsPath } from "@/lib/stats";
import { FeedLinks } from "@/components/feeds/feed-links";
import { EmbedLink } from "@/components/embed/embed-link";
import { FigureCell, FigureRow, FigureTable } from "@/components/ui/figure-table";
import { Section } from "@/components/ui/section";

// What a country has and where its gaps are, for someone deciding what to
// fund or start: counts by kind, level and theme, the levels and themes with
// nothing yet named in words, and ways to take the list elsewhere.

type CountedFacet = Exclude<Facet, "country">;

const GROUPS: { facet: CountedFacet; caption: string; one: string; many: string }[] = [
  { facet: "kind", caption: "By kind", one: "kind", many: "kinds" },
  { facet: "level", caption: "By education level", one: "education level", many: "education levels" },
  { facet: "theme", caption: "By theme", one: "theme", many: "themes" },
];

function countsOf(result: SearchResult, facet: CountedFacet) {
  const counts = new Map(result.facets[facet].map((c) => [c.value, c.count]));
  return FACET_VOCABULARIES[facet].map((t) => ({ value: t.value, label: t.label, count: counts.get(t.value) ?? 0 }));
}

export function CountryOverview({ label, query, result }: { label: string; query: SearchQuery; result: SearchResult }) {
  const selection = { q: query.q, filters: query.filters };
  const gaps = GROUPS.filter((g) => g.facet !== "kind").map((g) => ({ ...g, missing: countsOf(result, g.facet).filter((t) => t.count === 0) }));
  return (
    <Section id="overview" title={`What exists in ${label}, and where the gaps are`} className="mt-6 rounded-lg bg-brand-50 px-5 py-4">
      {result.total > 0 && (
        <ul className="mt-3 space-y-1" aria-label="Gaps">
          {gaps.map((g) => (
            <li key={g.facet}>
              {g.missing.length === 0 ? (
                <>Every {g.one} has at least one entry.</>
              ) : (
                <>
                  <strong>No entries yet</strong> for {g.missing.length === 1 ? `this ${g.one}` : `these ${formatNumber(g.missing.length)} ${g.many}`}:{" "}
                  {formatList(g.missing.map((t) => t.label))}.
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      <ul className="mt-4 flex flex-wrap gap-x-5 gap-y-2 text-sm" aria-label={`Take ${label}'s list further`}>
        <li>
          <Link href={statisticsPath(selection)}>Statistics for {label}</Link>
        </li>
        <li>
          Download {label}&rsquo;s entries:{" "}
          <a href={exportPath(query, "csv", result.total)} download aria-label={`Download ${label}'s entries as CSV`}>
            CSV
          </a>{" "}
          <span aria-hidden="true">·</span>{" "}
          <a href={exportPath(query, "json", result.total)} download aria-label={`Download ${label}'s entries as JSON`}>
            JSON
          </a>
        </li>
        <li>
          <FeedLinks query={query} />
        </li>
        <li>
          <EmbedLink query={query} />
        </li>
      </ul>
      {result.total > 0 && (
        <div className="mt-4 grid gap-6 md:grid-cols-3">
          {GROUPS.map((g) => (
            <FigureTable key={g.facet} caption={g.caption} className="self-start" columns={[{ label: FACET_LABELS[g.facet] }, { label: "Entries", numeric: true }]}>
              {countsOf(result, g.facet).map((t) => (
                <FigureRow key={t.value} label={t.label}>
                  <FigureCell muted={t.count === 0}>{t.count === 0 ? "none" : formatNumber(t.count)}</FigureCell>
                </FigureRow>
              ))}
            </FigureTable>
          ))}
        </div>
      )}
    </Section>
  );
}
