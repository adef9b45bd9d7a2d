import { useLocale, useTranslations } from "next-intl";
import { DARK_BORDER, type ColourClass } from "@/lib/geo/colour-scale";
import { rangeText } from "./range-text";
import { CONTEXT_BORDER, CONTEXT_FILL, NoEntriesPattern } from "./map-colours";

function Swatch({ children }: { children: React.ReactNode }) {
  return (
    <svg aria-hidden="true" width="20" height="14" viewBox="0 0 20 14" className="shrink-0">
      {children}
    </svg>
  );
}

/** What the map's colours mean, as text: the colours alone never carry a number. */
export function MapLegend({ classes, patternId }: { classes: ColourClass[]; patternId: string }) {
  const locale = useLocale();
  const t = useTranslations("map.legend");
  return (
    <div className="text-sm text-slate-700">
      <p className="font-semibold text-slate-900">{t("heading")}</p>
      <ul className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
        <li className="flex items-center gap-1.5">
          <Swatch>
            <defs>
              <NoEntriesPattern id={patternId} />
            </defs>
            <rect x="0.5" y="0.5" width="19" height="13" fill={`url(#${patternId})`} stroke={DARK_BORDER} />
          </Swatch>
          {t("none")}
        </li>
        {classes.map((c) => (
          <li key={c.min} className="flex items-center gap-1.5">
            <Swatch>
              <rect x="0.5" y="0.5" width="19" height="13" fill={c.fill} stroke={DARK_BORDER} />
            </Swatch>
            {rangeText(c, locale)}
          </li>
        ))}
        <li className="flex items-center gap-1.5">
          <Swatch>
            <rect x="0.5" y="0.5" width="19" height="13" fill={CONTEXT_FILL} stroke={CONTEXT_BORDER} />
          </Swatch>
          {t("outside")}
        </li>
      </ul>
    </div>
  );
}
