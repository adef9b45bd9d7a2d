import type { Metadata } from "next";
import Link from "next/link";
import { kindSearchPath, levelPath, themePath } from "@/lib/catalogue/paths";
import { searchCatalogue } from "@/lib/search";
import { feedAlternates } from "@/lib/feeds/links";
import { defaultSearchQuery, emptyFilters } from "@/lib/search/query";
import { absoluteUrl } from "@/lib/site-url";
import { SearchBox } from "@/components/search/search-box";
import { ResultList } from "@/components/search/result-list";
import { TagList } from "@/components/ui/tag-list";
import { FeedLinks } from "@/components/feeds/feed-links";
import { CountryMap } from "@/components/map/country-map";
import { formatNumber } from "@/lib/format/numbers";
import { Section } from "@/components/ui/section";

export const dynamic = "force-dynamic";

export function generateMetadata(): Metadata {
  return { alternates: { canonical: absoluteUrl("/"), types: feedAlternates({ q: "", filters: emptyFilters() }) } };
}

export default async function HomePage() {
  const { total, hits, facets } = await searchCatalogue(defaultSearchQuery({ pageSize: 6 }));
  return (
    <div className="space-y-12">
      <section aria-labelledby="intro-heading" className="rounded-2xl bg-brand-50 px-6 py-10 sm:px-10">
        <h1 id="intro-heading" className="max-w-3xl text-3xl font-bold leading-tight sm:text-4xl">
          What works in STEM education across Europe
        </h1>
        <p className="mt-4 max-w-3xl text-lg text-slate-700">
          {formatNumber(total)} programmes, national platforms, publications, resources, project teams and
          organisations, gathered and reviewed by the regional STEM alliance.
        </p>
        <form action="/search" method="get" className="mt-6 max-w-3xl">
          <SearchBox defaultValue="" size="lg" />
        </form>
      </section>

      <Section id="kinds" title="Browse by kind">
        <ul className="mt-4 grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-6">
          {facets.kind.map((k) => (
            <li key={k.value}>
              <Link href={kindSearchPath(k.value)} className="block rounded-lg border border-slate-200 p-4 text-center no-underline hover:border-brand-600">
                <span className="block text-2xl font-bold text-slate-900">{k.count}</span>
                <span className="text-sm">{k.label}</span>
              </Link>
            </li>
          ))}
        </ul>
      </Section>

      <Section
        id="countries"
        title="Countries"
        actions={
          <span className="flex items-baseline gap-4 text-sm">
            <Link href="/countries">All countries</Link>
            <Link href="/statistics">Statistics</Link>
          </span>
        }
      >
        <p className="mt-1 text-sm text-slate-700">Choose a country on the map or in the table to see its entries.</p>
        <div className="mt-4">
          <CountryMap counts={facets.country} />
        </div>
      </Section>

      <div className="grid gap-10 md:grid-cols-2">
        <Section id="levels" title="Education levels">
          <div className="mt-3">
            <TagList label="Education levels" tags={facets.level.map((l) => ({ label: `${l.label} (${l.count})`, href: levelPath(l.value) }))} />
          </div>
        </Section>
        <Section id="themes" title="Themes">
          <div className="mt-3">
            <TagList label="Themes" tags={facets.theme.map((t) => ({ label: `${t.label} (${t.count})`, href: themePath(t.value) }))} />
          </div>
        </Section>
      </div>

      <Section
        id="newest"
        title="Newest entries"
        actions={
          <span className="flex items-baseline gap-4">
            <FeedLinks query={{ q: "", filters: emptyFilters() }} />
            <Link href="/search?sort=newest">See all</Link>
          </span>
        }
      >
        <div className="mt-4">
          {hits.length > 0 ? <ResultList hits={hits} headingLevel={3} /> : <p>The catalogue is empty for now.</p>}
        </div>
      </Section>
    </div>
  );
}
