import { rangeLabel, type ColourClass } from "@/lib/geo/colour-scale";

export const NO_ENTRIES_STROKE = "#64748b";

function Swatch({ children }: { children: React.ReactNode }) {
  return (
    <svg aria-hidden="true" width="20" height="14" viewBox="0 0 20 14" className="shrink-0">
      {children}
    </svg>
  );
}

/** What the map's colours mean, as text: the colours alone never carry a number. */
export function MapLegend({ classes, patternId }: { classes: ColourClass[]; patternId: string }) {
  return (
    <div className="text-sm text-slate-700">
      <p className="font-semibold text-slate-900">Entries per country</p>
      <ul className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
        <li className="flex items-center gap-1.5">
          <Swatch>
            <defs>
              <pattern id={patternId} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
                <rect width="6" height="6" fill="#fff" />
                <line x1="0" y1="0" x2="0" y2="6" stroke={NO_ENTRIES_STROKE} strokeWidth="1.5" />
              </pattern>
            </defs>
            <rect x="0.5" y="0.5" width="19" height="13" fill={`url(#${patternId})`} stroke="#334155" />
          </Swatch>
          None yet
        </li>
        {classes.map((c) => (
          <li key={c.min} className="flex items-center gap-1.5">
            <Swatch>
              <rect x="0.5" y="0.5" width="19" height="13" fill={c.fill} stroke="#334155" />
            </Swatch>
            {rangeLabel(c)}
          </li>
        ))}
        <li className="flex items-center gap-1.5">
          <Swatch>
            <rect x="0.5" y="0.5" width="19" height="13" fill="#f1f5f9" stroke="#cbd5e1" />
          </Swatch>
          Outside the catalogue&apos;s region
        </li>
      </ul>
    </div>
  );
}
