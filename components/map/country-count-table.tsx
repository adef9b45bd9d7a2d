import { useLocale, useTranslations } from "next-intl";
import { countryPath } from "@/lib/catalogue/paths";
import { formatNumber } from "@/lib/format/numbers";
import { localisedPath } from "@/lib/i18n/locales";
import { FigureTable } from "@/components/ui/figure-table";
import type { CountryCount } from "./country-counts";

/** The map's numbers as a table: every country, most entries first, each linking to its page (the language is in the path: the map renders outside Next in unit tests). */
export function CountryCountTable({ countries, caption, captionId, className }: { countries: CountryCount[]; caption: string; captionId?: string; className?: string }) {
  const locale = useLocale();
  const t = useTranslations("map");
  return (
    <FigureTable
      caption={caption}
      captionId={captionId}
      className={className}
      stickyHeader
      columns={[{ label: t("country") }, { label: t("entries"), numeric: true }]}
      rows={countries.map((c) => {
        const count = formatNumber(c.count, locale);
        return { key: c.code, label: c.label, href: localisedPath(locale, countryPath(c.code)), cells: [c.count === 0 ? { text: count, muted: true } : count] };
      })}
    />
  );
}
