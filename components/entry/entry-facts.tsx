import Link from "next/link";
import { labelOf, languageLabel } from "@/lib/catalogue/vocabularies";
import { describePeriod } from "@/lib/catalogue/period";
import { countryPath, levelPath, themePath } from "@/lib/catalogue/paths";
import type { PublishedEntry } from "@/lib/catalogue/entries";
import { formatNumber } from "@/lib/format/numbers";

function Fact({ term, children }: { term: string; children: React.ReactNode }) {
  return (
    <div className="border-t border-slate-200 py-2 first:border-t-0">
      <dt className="text-xs font-semibold uppercase tracking-wide text-slate-600">{term}</dt>
      <dd className="mt-0.5 text-sm">{children}</dd>
    </div>
  );
}

function LinkedList({ items }: { items: { href: string; label: string }[] }) {
  return (
    <ul className="flex flex-wrap gap-x-2">
      {items.map((i, n) => (
        <li key={i.href}>
          <Link href={i.href}>{i.label}</Link>
          {n < items.length - 1 && ","}
        </li>
      ))}
    </ul>
  );
}

export function EntryFacts({ entry }: { entry: PublishedEntry }) {
  const period = describePeriod(entry);
  const { reach } = entry;
  const figures = [
    reach.participants != null && `${formatNumber(reach.participants)} participants`,
    reach.schools != null && `${formatNumber(reach.schools)} schools`,
    reach.girlsShare != null && `${reach.girlsShare}% girls`,
  ].filter((f): f is string => Boolean(f));
  return (
    <dl className="rounded-lg border border-slate-200 bg-slate-50 p-4">
      {entry.countries.length > 0 && (
        <Fact term={entry.countries.length === 1 ? "Country" : "Countries"}>
          <LinkedList items={entry.countries.map((c) => ({ href: countryPath(c), label: labelOf("country", c) }))} />
        </Fact>
      )}
      {entry.levels.length > 0 && (
        <Fact term="Education levels">
          <LinkedList items={entry.levels.map((l) => ({ href: levelPath(l), label: labelOf("level", l) }))} />
        </Fact>
      )}
      {entry.themes.length > 0 && (
        <Fact term="Themes">
          <LinkedList items={entry.themes.map((t) => ({ href: themePath(t), label: labelOf("theme", t) }))} />
        </Fact>
      )}
      {entry.languages.length > 0 && <Fact term="Languages">{entry.languages.map(languageLabel).join(", ")}</Fact>}
      {period && <Fact term="Period">{period}</Fact>}
      {entry.sourceAuthor && <Fact term="Source / author">{entry.sourceAuthor}</Fact>}
      {entry.funder && <Fact term="Funder">{entry.funder}</Fact>}
      {entry.budget && <Fact term="Budget">{entry.budget}</Fact>}
      {entry.fundingModel && <Fact term="Funding model">{entry.fundingModel}</Fact>}
      {(figures.length > 0 || reach.text) && (
        <Fact term="Reach">
          {figures.length > 0 && <p>{figures.join(" · ")}</p>}
          {reach.text && <p>{reach.text}</p>}
        </Fact>
      )}
      {entry.sdgs.length > 0 && (
        <Fact term="Sustainable Development Goals">{entry.sdgs.map((n) => `SDG ${n}`).join(", ")}</Fact>
      )}
      {entry.website && (
        <Fact term="Website">
          <a href={entry.website} rel="noopener nofollow" className="break-all">
            {entry.website.replace(/^https?:\/\//, "")}
          </a>
        </Fact>
      )}
    </dl>
  );
}
