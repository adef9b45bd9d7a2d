import { getLocale, getTranslations } from "next-intl/server";
import { entryPath } from "@/lib/catalogue/paths";
import { originalTextLang } from "@/lib/catalogue/translations";
import type { LinkedEntry } from "@/lib/catalogue/entries";
import { localisedPath, toLocale } from "@/lib/i18n/locales";
import { vocabularyLabel } from "@/lib/thesaurus/vocabulary-labels";
import { linkItemsHtml } from "@/components/ui/static-html";

export async function RelatedEntries({ title, entries }: { title: string; entries: LinkedEntry[] }) {
  if (entries.length === 0) return null;
  const [t, locale] = await Promise.all([getTranslations("entry.related"), getLocale()]);
  const language = toLocale(locale);
  const links = entries.map((e) => {
    const kind = vocabularyLabel("kind", e.kind, locale);
    const note = e.role === "funder" ? t("funder", { kind }) : e.role === "organiser" ? t("organiser", { kind }) : e.role === "funded-by" ? t("fundedBy", { kind }) : t("kind", { kind });
    return { label: e.title, href: localisedPath(language, entryPath(e.slug)), lang: originalTextLang(locale), note };
  });
  // One string of HTML (ADR 023): an organisation links to dozens of entries, and none changes in the browser.
  return (
    <section className="mt-8">
      <h2 className="text-lg font-semibold">{title}</h2>
      <ul className="mt-2 space-y-1" dangerouslySetInnerHTML={{ __html: linkItemsHtml(links) }} />
    </section>
  );
}
