import { useLocale, useTranslations } from "next-intl";
import { FACET_VOCABULARIES, type EntryFacet } from "@/lib/catalogue/vocabularies";
import { exportPath } from "@/lib/export/params";
import { formatList } from "@/lib/format/lists";
import { formatNumber } from "@/lib/format/numbers";
import type { Locale } from "@/lib/i18n/locales";
import { Link } from "@/lib/i18n/navigation";
import type { SearchQuery, SearchResult } from "@/lib/search";
import { statisticsPath } from "@/lib/stats";
import { vocabularyLabel } from "@/lib/thesaurus/vocabulary-labels";
import { FeedLinks } from "@/components/feeds/feed-links";
import { EmbedLink } from "@/components/embed/embed-link";
import { FigureTable } from "@/components/ui/figure-table";
import { Section } from "@/components/ui/section";

// What a country has and where its gaps are, for someone deciding what to
// fund or start: counts by kind, level and theme, the levels and themes with
// nothing yet named in words, and ways to take the list elsewhere.

type CountedFacet = Exclude<EntryFacet, "country">;

const GROUPS = [
  { facet: "kind", caption: "byKind" },
  { facet: "level", caption: "byLevel" },
  { facet: "theme", caption: "byTheme" },
] as const satisfies readonly { facet: CountedFacet; caption: string }[];

function countsOf(result: SearchResult, facet: CountedFacet, locale: Locale) {
  const counts = new Map(result.facets[facet].map((c) => [c.value, c.count]));
  return FACET_VOCABULARIES[facet].map((t) => ({ value: t.value, label: vocabularyLabel(facet, t.value, locale), count: counts.get(t.value) ?? 0 }));
}

export function CountryOverview({ label, query, result }: { label: string; query: SearchQuery; result: SearchResult }) {
  const t = useTranslations("browse.overview");
  const facetName = useTranslations("vocabulary.facet");
  const locale = useLocale();
  const selection = { q: query.q, filters: query.filters };
  const gaps = (["level", "theme"] as const).map((facet) => ({ facet, missing: countsOf(result, facet, locale).filter((c) => c.count === 0) }));
  return (
    <Section id="overview" title={t("title", { label })} className="mt-6 rounded-lg bg-brand-50 px-5 py-4">
      {result.total > 0 && (
        <ul className="mt-3 space-y-1" aria-label={t("gapsLabel")}>
          {gaps.map((g) => (
            <li key={g.facet}>
              {g.missing.length === 0
                ? t("noGaps", { facet: g.facet })
                : t.rich("gaps", {
                    facet: g.facet,
                    count: g.missing.length,
                    list: formatList(
                      g.missing.map((c) => c.label),
                      locale,
                    ),
                    strong: (chunks) => <strong>{chunks}</strong>,
                  })}
            </li>
          ))}
        </ul>
      )}
      <ul className="mt-4 flex flex-wrap gap-x-5 gap-y-2 text-sm" aria-label={t("furtherLabel", { label })}>
        <li>
          <Link href={statisticsPath(selection)}>{t("statistics", { label })}</Link>
        </li>
        <li>
          {t("download", { label })}{" "}
          <a href={exportPath(query, "csv", result.total)} download aria-label={t("downloadCsv", { label })}>
            CSV
          </a>{" "}
          <span aria-hidden="true">·</span>{" "}
          <a href={exportPath(query, "json", result.total)} download aria-label={t("downloadJson", { label })}>
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
            <FigureTable
              key={g.facet}
              caption={t(g.caption)}
              className="self-start"
              columns={[{ label: facetName(g.facet) }, { label: t("entries"), numeric: true }]}
              rows={countsOf(result, g.facet, locale).map((c) => ({
                label: c.label,
                cells: [{ text: c.count === 0 ? t("none") : formatNumber(c.count, locale), muted: c.count === 0 }],
              }))}
            />
          ))}
        </div>
      )}
    </Section>
  );
}
