import Link from "next/link";
import { labelOf } from "@/lib/catalogue/vocabularies";
import { countryPath, entryPath, levelPath, themePath } from "@/lib/catalogue/paths";
import type { SearchHit } from "@/lib/search";
import { TagList } from "@/components/ui/tag-list";
import { Highlighted } from "./highlighted";

export function ResultCard({ hit, headingLevel = 2 }: { hit: SearchHit; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <article className="rounded-lg border border-slate-200 p-4 shadow-sm transition hover:border-brand-600">
      <p className="text-xs font-semibold uppercase tracking-wide text-slate-600">{labelOf("kind", hit.kind)}</p>
      <Heading className="mt-1 text-lg font-semibold leading-snug">
        <Link href={entryPath(hit.slug)} lang={hit.titleLang ?? undefined} className="no-underline hover:underline">
          <Highlighted segments={hit.highlights.title} />
        </Link>
      </Heading>
      <p className="mt-2 text-sm text-slate-700">
        <Highlighted segments={hit.highlights.summary} />
      </p>
      <div className="mt-3 flex flex-col gap-1.5">
        <TagList label="Countries" tags={hit.countries.map((c) => ({ label: labelOf("country", c), href: countryPath(c) }))} />
        <TagList
          label="Education levels and themes"
          tags={[
            ...hit.levels.map((l) => ({ label: labelOf("level", l), href: levelPath(l) })),
            ...hit.themes.map((t) => ({ label: labelOf("theme", t), href: themePath(t) })),
          ]}
        />
      </div>
    </article>
  );
}
