import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { EMBED_SANDBOX, embedFrame, embedSnippet } from "@/lib/embed/snippet";
import { loadEmbedList } from "@/lib/embed/list";
import { embedQueryString, parseEmbedParams } from "@/lib/embed/options";
import type { SearchParams } from "@/lib/http/search-params";
import { searchPath, toURLSearchParams } from "@/lib/search/query";
import { tidyAddress } from "@/lib/http/tidy-address";
import { absoluteUrl } from "@/lib/site-url";
import { EmbedOptionsForm } from "@/components/embed/embed-options-form";
import { SnippetBox } from "@/components/embed/snippet-box";
import { ParameterProblems } from "@/components/search/parameter-problems";
import { Section } from "@/components/ui/section";

export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: "Embed a list",
  description: "Show a live, filtered list of the clearinghouse's entries on your own site.",
  alternates: { canonical: absoluteUrl("/embed") },
};

export default async function EmbedPage({ searchParams }: { searchParams: SearchParams }) {
  const params = toURLSearchParams(await searchParams);
  const { options, problems } = parseEmbedParams(params);
  const tidy = problems.length === 0 ? tidyAddress("/embed", params, embedQueryString(options)) : null;
  if (tidy) redirect(tidy);
  // The frame fits the list as it is now: as many entries as match, up to the limit.
  const shown = problems.length === 0 ? (await loadEmbedList(options)).items.length : options.limit;
  const frame = embedFrame(options, shown);
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-3xl font-bold">Embed a list on your site</h1>
        <p className="mt-3 max-w-3xl text-slate-700">
          A national platform or a project team can show entries of the clearinghouse on its own pages, for example the
          programmes in one country for primary schools. The list stays live: new and updated entries appear within five
          minutes. It runs no script and sets no cookies, and its links open here in a new tab.
        </p>
      </div>
      <ParameterProblems problems={problems} />
      <div className="grid gap-8 lg:grid-cols-[20rem_1fr]">
        <EmbedOptionsForm options={options} />
        <div className="space-y-6">
          <Section id="embed-preview" title="Preview" size="panel">
            <iframe
              src={frame.src}
              title={frame.title}
              width="100%"
              height={frame.height}
              loading="lazy"
              sandbox={EMBED_SANDBOX}
              className="mt-2 max-w-3xl rounded-md border border-slate-300"
            />
          </Section>
          <Section id="embed-code" title="Code to paste" size="panel" className="max-w-3xl space-y-2">
            <SnippetBox snippet={embedSnippet(frame)} />
            <p className="text-sm text-slate-700">
              The same entries in full: <Link href={searchPath({ q: options.query.q, filters: options.query.filters, sort: options.query.sort })}>open this search</Link>.
            </p>
          </Section>
        </div>
      </div>
    </div>
  );
}
