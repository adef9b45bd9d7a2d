import { useLocale, useTranslations } from "next-intl";
import { countryPath } from "@/lib/catalogue/paths";
import { localisedPath } from "@/lib/i18n/locales";
import { classOf, colourClasses, DARK_BORDER } from "@/lib/geo/colour-scale";
import { europeShapes } from "@/lib/geo/europe-shapes";
import { CONTEXT_ID, spriteHref } from "@/lib/geo/shapes-sprite";
import type { CountryCount } from "./country-counts";
import { CONTEXT_BORDER, CONTEXT_FILL, NoEntriesPattern } from "./map-colours";
import { MapLegend } from "./map-legend";
import { countryShapesHtml, type CountryShape } from "./country-shapes-html";

// A choropleth of the catalogue's countries, drawn on the server. Each country
// is a link named by its figure ("Romania: 12 entries"), so keyboard and
// screen-reader users reach the same pages and numbers as everyone else.

// One class on the <svg> instead of one per country keeps the markup small.
// Focus turns the country amber with a black outline: visible on every shade
// of blue and on the sea, and closer to the shape than a rectangle would be.
const INTERACTION =
  "[&_a:hover_.shape]:[stroke-width:1.5] [&_a:focus-visible]:outline-none [&_a:focus-visible_.shape]:fill-[#fbbf24] [&_a:focus-visible_.shape]:stroke-[#000] [&_a:focus-visible_.shape]:[stroke-width:2]";

export function EuropeMap({ countries, id }: { countries: CountryCount[]; id: string }) {
  const locale = useLocale();
  const t = useTranslations("map");
  const shapes = europeShapes();
  const classes = colourClasses(countries.map((c) => c.count));
  const byCode = new Map(countries.map((c) => [c.code, c]));
  // Tiny states last, so that their markers sit on top of their neighbours.
  const drawn = [...shapes.countries]
    .sort((a, b) => Number(a.marker !== null) - Number(b.marker !== null))
    .flatMap((shape): CountryShape[] => {
      const country = byCode.get(shape.code);
      if (!country) return [];
      const colour = classOf(classes, country.count);
      return [
        {
          href: localisedPath(locale, countryPath(shape.code)),
          label: t("countryEntries", { country: country.label, count: country.count }),
          outline: shape.d === "" ? null : spriteHref(shape.code),
          marker: shape.marker,
          fill: colour?.fill ?? `url(#${id}-none)`,
          stroke: colour?.border ?? DARK_BORDER,
        },
      ];
    });
  const withEntries = countries.filter((c) => c.count > 0).length;
  return (
    <div>
      <svg
        viewBox={`0 0 ${shapes.width} ${shapes.height}`}
        className={`h-auto w-full rounded-lg border border-slate-200 bg-white ${INTERACTION}`}
        role="group"
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-desc`}
      >
        <title id={`${id}-title`}>{t("title")}</title>
        <desc id={`${id}-desc`}>
          {t("description", { withEntries, total: countries.length })}
        </desc>
        <defs>
          <NoEntriesPattern id={`${id}-none`} />
        </defs>
        {/* Outlines come from one cached file (lib/geo/shapes-sprite.ts); only colours and links are per page. */}
        <use href={spriteHref(CONTEXT_ID)} fill={CONTEXT_FILL} stroke={CONTEXT_BORDER} strokeWidth="0.5" />
        <g strokeWidth="0.6" strokeLinejoin="round" dangerouslySetInnerHTML={{ __html: countryShapesHtml(drawn) }} />
      </svg>
      <div className="mt-3">
        <MapLegend classes={classes} patternId={`${id}-legend-none`} />
      </div>
    </div>
  );
}
