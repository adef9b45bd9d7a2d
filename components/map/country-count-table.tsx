import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { countryPath } from "@/lib/catalogue/paths";
import { formatNumber } from "@/lib/format/numbers";
import { localisedPath } from "@/lib/i18n/locales";
import { FigureCell, FigureRow, FigureTable } from "@/components/ui/figure-table";
import type { CountryCount } from "./country-counts";

/** The map's numbers as a table: every country, most entries first. (A plain next/link with the language in the path: the map renders outside Next in unit tests. No prefetch, as lib/i18n/navigation.ts explains.) */
export function CountryCountTable({ countries, caption, captionId, className }: { countries: CountryCount[]; caption: string; captionId?: string; className?: string }) {
  const locale = useLocale();
  const t = useTranslations("map");
  return (
    <FigureTable caption={caption} captionId={captionId} className={className} stickyHeader columns={[{ label: t("country") }, { label: t("entries"), numeric: true }]}>
      {countries.map((c) => (
        <FigureRow key={c.code} label={<Link href={localisedPath(locale, countryPath(c.code))} prefetch={false}>{c.label}</Link>}>
          <FigureCell muted={c.count === 0}>{formatNumber(c.count, locale)}</FigureCell>
        </FigureRow>
      ))}
    </FigureTable>
  );
}
