import { getLocale, getTranslations } from "next-intl/server";
import { entryPath } from "@/lib/catalogue/paths";
import { originalTextLang } from "@/lib/catalogue/translations";
import type { LinkedEntry } from "@/lib/catalogue/entries";
import { Link } from "@/lib/i18n/navigation";
import { vocabularyLabel } from "@/lib/thesaurus/vocabulary-labels";

export async function RelatedEntries({ title, entries }: { title: string; entries: LinkedEntry[] }) {
  if (entries.length === 0) return null;
  const [t, locale] = await Promise.all([getTranslations("entry.related"), getLocale()]);
  return (
    <section className="mt-8">
      <h2 className="text-lg font-semibold">{title}</h2>
      <ul className="mt-2 space-y-1">
        {entries.map((e) => {
          const kind = vocabularyLabel("kind", e.kind, locale);
          return (
            <li key={`${e.slug}-${e.role}`}>
              <Link href={entryPath(e.slug)} lang={originalTextLang(locale)}>
                {e.title}
              </Link>{" "}
              <span className="text-sm text-slate-600">
                {e.role === "funder" ? t("funder", { kind }) : e.role === "organiser" ? t("organiser", { kind }) : e.role === "funded-by" ? t("fundedBy", { kind }) : t("kind", { kind })}
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
