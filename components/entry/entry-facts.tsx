import { formatLanguage } from "@/lib/format/languages";
import { getLocale, getTranslations } from "next-intl/server";
import { originalTextLang } from "@/lib/catalogue/translations";
import { countryPath, levelPath, themePath } from "@/lib/catalogue/paths";
import type { PublishedEntry } from "@/lib/catalogue/entries";
import { sortByLabel } from "@/lib/format/lists";
import { formatNumber } from "@/lib/format/numbers";
import { Link } from "@/lib/i18n/navigation";
import { vocabularyLabel } from "@/lib/thesaurus/vocabulary-labels";
import { periodText } from "./period-text";

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

export async function EntryFacts({ entry }: { entry: PublishedEntry }) {
  const [t, locale] = await Promise.all([getTranslations("entry.facts"), getLocale()]);
  // The catalogue's free text is English, whatever the page's language.
  const text = originalTextLang(locale);
  const period = periodText(entry, t);
  const { reach } = entry;
  const figures = [
    reach.participants != null && t("participants", { count: reach.participants, number: formatNumber(reach.participants, locale) }),
    reach.schools != null && t("schools", { count: reach.schools, number: formatNumber(reach.schools, locale) }),
    reach.girlsShare != null && t("girls", { share: reach.girlsShare }),
  ].filter((f): f is string => Boolean(f));
  // Countries in the alphabet of the page's language; levels and themes keep the vocabulary's order.
  const countries = sortByLabel(
    entry.countries.map((c) => ({ href: countryPath(c), label: vocabularyLabel("country", c, locale) })),
    (c) => c.label,
    locale,
  );
  return (
    <dl className="rounded-lg border border-slate-200 bg-slate-50 p-4">
      {entry.countries.length > 0 && (
        <Fact term={t("countries", { count: entry.countries.length })}>
          <LinkedList items={countries} />
        </Fact>
      )}
      {entry.levels.length > 0 && (
        <Fact term={t("levels")}>
          <LinkedList items={entry.levels.map((l) => ({ href: levelPath(l), label: vocabularyLabel("level", l, locale) }))} />
        </Fact>
      )}
      {entry.themes.length > 0 && (
        <Fact term={t("themes")}>
          <LinkedList items={entry.themes.map((th) => ({ href: themePath(th), label: vocabularyLabel("theme", th, locale) }))} />
        </Fact>
      )}
      {entry.languages.length > 0 && (
        <Fact term={t("languages")}>{entry.languages.map((l) => formatLanguage(l, locale)).join(", ")}</Fact>
      )}
      {period && <Fact term={t("period")}>{period}</Fact>}
      {entry.sourceAuthor && <Fact term={t("sourceAuthor")}><span lang={text}>{entry.sourceAuthor}</span></Fact>}
      {entry.funder && <Fact term={t("funder")}><span lang={text}>{entry.funder}</span></Fact>}
      {entry.budget && <Fact term={t("budget")}><span lang={text}>{entry.budget}</span></Fact>}
      {entry.fundingModel && <Fact term={t("fundingModel")}><span lang={text}>{entry.fundingModel}</span></Fact>}
      {(figures.length > 0 || reach.text) && (
        <Fact term={t("reach")}>
          {figures.length > 0 && <p>{figures.join(" · ")}</p>}
          {reach.text && <p lang={text}>{reach.text}</p>}
        </Fact>
      )}
      {entry.sdgs.length > 0 && <Fact term={t("sdgs")}>{entry.sdgs.map((n) => t("sdg", { number: n })).join(", ")}</Fact>}
      {entry.website && (
        <Fact term={t("website")}>
          <a href={entry.website} rel="noopener nofollow" className="break-all">
            {entry.website.replace(/^https?:\/\//, "")}
          </a>
        </Fact>
      )}
    </dl>
  );
}
