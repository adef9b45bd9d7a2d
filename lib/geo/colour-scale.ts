// A sequential colour scale for counts: zero has its own look, the rest fall
// into at most five classes with round, readable limits.

/** `step`: which of the five shades, 0 the lightest; a table cell takes it as the class `shade-<step>` (app/globals.css). */
export type ColourClass = { min: number; max: number; step: number; fill: string; border: string };

/** Borders of light shapes (and of shapes without entries): 3:1 or more against them and the sea. */
export const DARK_BORDER = "#334155";

// Light to dark blue. The three lightest carry dark text and a dark border, so
// they stand out from the sea and from each other; the two darkest reach 3:1
// against white on their own and take a white border, which keeps two dark
// neighbours apart.
export const FILLS = ["#c6dbef", "#9ecae1", "#6baed6", "#2a71b0", "#0b4f91"] as const;
const DARK_TEXT = "#0f172a";
const LIGHT_TEXT = "#ffffff";
/** The text colour on each shade. */
export const textOnShade = (step: number) => (step >= 3 ? LIGHT_TEXT : DARK_TEXT);

function roundLimit(value: number): number {
  if (value < 10) return Math.ceil(value);
  const step = 10 ** Math.floor(Math.log10(value)) / 2;
  return Math.ceil(value / step) * step;
}

/** Upper limits of the classes: geometric steps from 1 to the largest count, rounded and distinct. */
function upperLimits(max: number): number[] {
  if (max <= FILLS.length) return Array.from({ length: max }, (_, i) => i + 1);
  const limits: number[] = [];
  for (let i = 1; i <= FILLS.length; i++) {
    const limit = i === FILLS.length ? max : Math.min(max, roundLimit(max ** (i / FILLS.length)));
    if (limit > (limits.at(-1) ?? 0)) limits.push(limit);
  }
  return limits;
}

/** The classes for these counts, lightest first; empty when every count is zero. */
export function colourClasses(counts: number[]): ColourClass[] {
  const max = Math.max(0, ...counts);
  if (max === 0) return [];
  const limits = upperLimits(max);
  // Spread fewer classes over the whole range, so the largest is always the darkest.
  const offset = FILLS.length - limits.length;
  return limits.map((limit, i) => {
    const shade = Math.min(FILLS.length - 1, i + Math.ceil((offset * (i + 1)) / limits.length));
    return {
      min: i === 0 ? 1 : (limits[i - 1] ?? 0) + 1,
      max: limit,
      step: shade,
      fill: FILLS[shade] ?? FILLS[0],
      border: shade >= 3 ? LIGHT_TEXT : DARK_BORDER,
    };
  });
}

/** The class a count falls in; null for zero. */
export function classOf(classes: ColourClass[], count: number): ColourClass | null {
  if (count <= 0) return null;
  return classes.find((c) => count <= c.max) ?? classes.at(-1) ?? null;
}

export function rangeLabel(c: ColourClass): string {
  return c.min === c.max ? `${c.min}` : `${c.min}–${c.max}`;
}
