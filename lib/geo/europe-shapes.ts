import "server-only";
import { geoAzimuthalEqualArea, geoBounds, geoPath, type GeoProjection } from "d3-geo";
import type { Feature, FeatureCollection, Polygon } from "geojson";
import { COUNTRIES, type CountryCode } from "@/lib/catalogue/vocabularies";
import { atlasCountries, type CountryFeature } from "./atlas";
import { ISO_NUMERIC } from "./country-codes";

// The map's geometry, computed once per process: it does not depend on the
// catalogue, only the colours do.

export type MapCountry = { code: CountryCode; d: string; marker: { x: number; y: number } | null };
export type EuropeShapes = { width: number; height: number; countries: MapCountry[]; context: string };

const WIDTH = 800;
const PADDING = 8;
/** Below this many square units a country is too small to see or click: it gets a marker. */
const TINY_AREA = 120;
/** The part of the globe the frame is fitted to: Iceland to Azerbaijan, Cyprus to the North Cape. */
const EUROPE = { west: -25, east: 51, south: 34, north: 72 };
/** Shapes outside this are never in the frame, so they are not even projected. */
const NEAR_EUROPE = { west: -45, east: 75, south: 20, north: 85 };

type Box = typeof EUROPE;

function polygonsOf(shape: CountryFeature): Feature<Polygon>[] {
  const { geometry } = shape;
  const rings = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
  return rings.map((coordinates) => ({ type: "Feature", properties: {}, geometry: { type: "Polygon", coordinates } }));
}

function within(shape: Feature, box: Box): boolean {
  const [[west, south], [east, north]] = geoBounds(shape);
  return west >= box.west && east <= box.east && south >= box.south && north <= box.north;
}

function overlaps(shape: Feature, box: Box): boolean {
  const [[west, south], [east, north]] = geoBounds(shape);
  // A shape crossing the antimeridian has west > east: it spans the Pacific, far from Europe.
  return west <= east && west <= box.east && east >= box.west && south <= box.north && north >= box.south;
}

/** Lambert azimuthal equal-area centred on Europe (as EPSG:3035), fitted to the catalogue's countries. */
function fitProjection(catalogue: CountryFeature[]): { projection: GeoProjection; height: number } {
  const mainland: FeatureCollection<Polygon> = {
    type: "FeatureCollection",
    // Overseas territories (French Guiana, the Canaries, Svalbard) would shrink Europe to a corner.
    features: catalogue.flatMap(polygonsOf).filter((p) => within(p, EUROPE)),
  };
  const projection = geoAzimuthalEqualArea().rotate([-10, -52]).clipAngle(60);
  projection.fitWidth(WIDTH - 2 * PADDING, mainland);
  const [[, top], [, bottom]] = geoPath(projection).bounds(mainland);
  const height = Math.ceil(bottom - top) + 2 * PADDING;
  projection.fitExtent([[PADDING, PADDING], [WIDTH - PADDING, height - PADDING]], mainland).clipExtent([[0, 0], [WIDTH, height]]);
  return { projection, height };
}

/** SVG path data for the shapes, to a tenth of a unit (the atlas is already simplified to the map's size). */
function drawShapes(projection: GeoProjection, shapes: Feature[]): string {
  const path = geoPath(projection).digits(1);
  return shapes.map((shape) => path(shape) ?? "").join("");
}

function computeShapes(): EuropeShapes {
  const codeOf = new Map<string, CountryCode>(COUNTRIES.map((c) => [ISO_NUMERIC[c.value], c.value]));
  const near = atlasCountries().filter((c) => overlaps(c, NEAR_EUROPE));
  const catalogue = near.filter((c) => c.id !== undefined && codeOf.has(c.id));
  const { projection, height } = fitProjection(catalogue);
  const measure = geoPath(projection);
  // Simplifying can shrink San Marino to a point: size and place markers by the atlas's own outlines.
  const detailed = new Map(atlasCountries("full").map((c) => [c.id, c]));

  const countries = catalogue.flatMap((shape): MapCountry[] => {
    const code = shape.id === undefined ? undefined : codeOf.get(shape.id);
    if (!code) return [];
    const outline = detailed.get(shape.id) ?? shape;
    const tiny = measure.area(outline) < TINY_AREA;
    const [x = NaN, y = NaN] = tiny ? measure.centroid(outline) : [];
    return [{ code, d: drawShapes(projection, [shape]), marker: tiny ? { x: Math.round(x * 10) / 10, y: Math.round(y * 10) / 10 } : null }];
  });
  const context = near.filter((c) => !catalogue.includes(c));
  return { width: WIDTH, height, countries, context: drawShapes(projection, context) };
}

let shapes: EuropeShapes | undefined;

/** Every catalogue country's outline (and marker when tiny), plus its neighbours as context. */
export function europeShapes(): EuropeShapes {
  shapes ??= computeShapes();
  return shapes;
}
