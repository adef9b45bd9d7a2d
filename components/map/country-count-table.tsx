import { useLocale, useTranslations } from "next-intl";
import { countryPath } from "@/lib/catalogue/paths";
import { formatNumber } from "@/lib/format/numbers";
import { localisedPath } from "@/lib/i18n/locales";
import { FigureTable } from "@/components/ui/figure-table";
import type { CountryCount } from "./country-counts";

/** The map's numbers as a table: every country, most entries first. (Plain links with the language in the path, in rows of HTML: components/ui/figure-table.tsx.) */
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
      rows={countries.map((c) => ({
        label: c.label,
        href: localisedPath(locale, countryPath(c.code)),
        cells: [{ text: formatNumber(c.count, locale), muted: c.count === 0 }],
      }))}
    />
  );
}
