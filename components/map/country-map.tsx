import { useLocale, useTranslations } from "next-intl";
import { countryCounts } from "./country-counts";
import { CountryCountTable } from "./country-count-table";
import { EuropeMap } from "./europe-map";

/** The map of Europe with its table beside it (below it on narrow screens). */
export function CountryMap({ counts, id = "europe-map" }: { counts: { value: string; count: number }[]; id?: string }) {
  const locale = useLocale();
  const t = useTranslations("map");
  const countries = countryCounts(counts, locale);
  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,2fr)_minmax(16rem,1fr)]">
      <EuropeMap countries={countries} id={id} />
      {/* As tall as the map at most, scrolling in its own box. */}
      <CountryCountTable countries={countries} caption={t("tableCaption")} captionId={`${id}-table-caption`} className="max-h-[34rem] rounded-lg border border-slate-200 px-3 py-2" />
    </div>
  );
}
