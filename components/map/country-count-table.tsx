import Link from "next/link";
import { countryPath } from "@/lib/catalogue/paths";
import { formatNumber } from "@/lib/format/numbers";
import { FigureCell, FigureRow, FigureTable } from "@/components/ui/figure-table";
import type { CountryCount } from "./country-counts";

/** The map's numbers as a table: every country, most entries first. */
export function CountryCountTable({ countries, caption, captionId, className }: { countries: CountryCount[]; caption: string; captionId?: string; className?: string }) {
  return (
    <FigureTable caption={caption} captionId={captionId} className={className} stickyHeader columns={[{ label: "Country" }, { label: "Entries", numeric: true }]}>
      {countries.map((c) => (
        <FigureRow key={c.code} label={<Link href={countryPath(c.code)}>{c.label}</Link>}>
          <FigureCell muted={c.count === 0}>{formatNumber(c.count)}</FigureCell>
        </FigureRow>
      ))}
    </FigureTable>
  );
}
