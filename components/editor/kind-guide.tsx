import { useLocale, useTranslations } from "next-intl";
import { KINDS } from "@/lib/catalogue/vocabularies";
import { vocabularyLabel } from "@/lib/thesaurus/vocabulary-labels";

/** One line per kind, beside where people choose it: is a teacher guide a resource or a publication? */
export function KindGuide({ className = "" }: { className?: string }) {
  const t = useTranslations("editor.kinds");
  const locale = useLocale();
  return (
    <dl aria-label={t("label")} className={`grid gap-1 rounded-md bg-slate-50 p-3 text-sm text-slate-700 ${className}`}>
      {KINDS.map((k) => (
        <div key={k.value}>
          <dt className="inline font-semibold text-slate-900">{vocabularyLabel("kind", k.value, locale)}:</dt> <dd className="inline">{t(`hints.${k.value}`)}</dd>
        </div>
      ))}
    </dl>
  );
}
