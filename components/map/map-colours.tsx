// Colours and the hatch the map and its legend share, so the key always
// matches what is drawn.

/** Countries outside the catalogue's region: context only. */
export const CONTEXT_FILL = "#f1f5f9";
export const CONTEXT_BORDER = "#cbd5e1";

const NO_ENTRIES_STROKE = "#64748b";

/** The hatch of a country without entries, as an SVG pattern to fill with `url(#id)`. */
export function NoEntriesPattern({ id }: { id: string }) {
  return (
    <pattern id={id} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
      <rect width="6" height="6" fill="#fff" />
      <line x1="0" y1="0" x2="0" y2="6" stroke={NO_ENTRIES_STROKE} strokeWidth="1.5" />
    </pattern>
  );
}
