import escapeHtml from "escape-html";
import { DARK_BORDER } from "@/lib/geo/colour-scale";

// The map's countries as one string of SVG markup (ADR 023): fifty links,
// each a shape and for the tiny states a marker, that never change in the
// browser. React would serialise, read back and hydrate every one of them on
// each view of the home and map pages. Every text and address is escaped.

const MARKER_RADIUS = 6;

/** A country on the map: its link, its name with its figure, and how it is drawn. */
export type CountryShape = {
  href: string;
  label: string;
  /** The sprite address of its outline, or null for a state too small to draw. */
  outline: string | null;
  /** Where a tiny state's marker goes, or null. */
  marker: { x: number; y: number } | null;
  fill: string;
  /** The outline's border; a marker always has the dark one, to stand out on its white halo. */
  stroke: string;
};

function shapeHtml(shape: CountryShape): string {
  const fill = escapeHtml(shape.fill);
  let html = `<a href="${escapeHtml(shape.href)}" aria-label="${escapeHtml(shape.label)}">`;
  if (shape.outline !== null) html += `<use class="shape" href="${escapeHtml(shape.outline)}" fill="${fill}" stroke="${escapeHtml(shape.stroke)}"></use>`;
  if (shape.marker) {
    const { x, y } = shape.marker;
    // A white halo keeps the marker apart from dark neighbours.
    html += `<circle cx="${x}" cy="${y}" r="${MARKER_RADIUS + 1.5}" fill="#fff" stroke="none"></circle>`;
    html += `<circle class="shape" cx="${x}" cy="${y}" r="${MARKER_RADIUS}" fill="${fill}" stroke="${DARK_BORDER}"></circle>`;
  }
  return `${html}</a>`;
}

/** The `<a>` elements of the map's `<g>`, one per country, in drawing order. */
export function countryShapesHtml(shapes: readonly CountryShape[]): string {
  return shapes.map(shapeHtml).join("");
}
