import Link from "next/link";
import { countryPath } from "@/lib/catalogue/paths";
import type { CountryCount } from "./country-counts";
import { formatNumber } from "@/lib/format/numbers";

/** The map's numbers as a table: every country, most entries first. */
export function CountryCountTable({ countries, caption, captionId }: { countries: CountryCount[]; caption: string; captionId?: string }) {
  return (
    <table className="w-full text-sm">
      <caption id={captionId} className="pb-2 text-left font-semibold text-slate-900">{caption}</caption>
      <thead>
        <tr className="border-b border-slate-300 text-left">
          <th scope="col" className="sticky top-0 bg-white py-1 pr-3 font-semibold">
            Country
          </th>
          <th scope="col" className="sticky top-0 bg-white py-1 text-right font-semibold">
            Entries
          </th>
        </tr>
      </thead>
      <tbody>
        {countries.map((c) => (
          <tr key={c.code} className="border-b border-slate-100">
            <th scope="row" className="py-1 pr-3 text-left font-normal">
              <Link href={countryPath(c.code)}>{c.label}</Link>
            </th>
            <td className={`py-1 text-right tabular-nums ${c.count === 0 ? "text-slate-600" : ""}`}>{formatNumber(c.count)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
