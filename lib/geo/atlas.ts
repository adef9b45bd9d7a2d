import "server-only";
import fs from "node:fs";
import path from "node:path";
import type { Feature, MultiPolygon, Polygon } from "geojson";
import { feature } from "topojson-client";
import type { GeometryCollection, OrNull, Topology } from "topojson-specification";
import { filter, filterWeight, presimplify, simplify, sphericalRingArea, sphericalTriangleArea, type Filter } from "topojson-simplify";
import { z } from "zod";

// The world's country boundaries from world-atlas (Natural Earth, 1:50m, so
// that Malta, Andorra or San Marino exist), read, checked and simplified once
// per process. Simplifying the topology rather than each outline keeps the
// borders neighbours share identical, so the map has no slivers or gaps.

export type CountryFeature = Feature<Polygon | MultiPolygon, { name: string }> & { id?: string };

type Countries = Topology<{ countries: GeometryCollection<{ name: string }> }>;

const ATLAS_FILE = path.resolve("node_modules", "world-atlas", "countries-50m.json");

const EARTH_RADIUS_KM = 6371;
/** Areas on the sphere, as topojson-simplify's spherical weights measure them. */
const steradians = (km2: number) => km2 / EARTH_RADIUS_KM ** 2;
// On the 800 px wide map of Europe a square pixel is about 40 km².
/** A point goes when the triangle it makes with its two neighbours is smaller than this. */
const MIN_TRIANGLE = steradians(40);
/** An island (any ring) goes when it is smaller than this, unless it is the largest part of its country. */
const MIN_ISLAND = steradians(40);

const arcIndexes = z.array(z.number().int());
const geometrySchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("Polygon"), id: z.string().optional(), properties: z.object({ name: z.string() }), arcs: z.array(arcIndexes) }),
  z.object({
    type: z.literal("MultiPolygon"),
    id: z.string().optional(),
    properties: z.object({ name: z.string() }),
    arcs: z.array(z.array(arcIndexes)),
  }),
]);
const atlasSchema = z.object({
  type: z.literal("Topology"),
  arcs: z.array(z.array(z.array(z.number()))),
  transform: z.object({ scale: z.tuple([z.number(), z.number()]), translate: z.tuple([z.number(), z.number()]) }),
  objects: z.object({ countries: z.object({ type: z.literal("GeometryCollection"), geometries: z.array(geometrySchema) }) }),
});

function readAtlas(): Countries {
  const parsed = atlasSchema.safeParse(JSON.parse(fs.readFileSync(ATLAS_FILE, "utf8")));
  if (!parsed.success) throw new Error(`${ATLAS_FILE} is not the expected world-atlas topology:\n${parsed.error.message}`);
  return parsed.data;
}

/** The area of a ring of arcs, in steradians. */
function ringArea(topology: Countries, ring: number[]): number {
  const [coordinates = []] = feature(topology, { type: "Polygon", arcs: [ring] }).geometry.coordinates;
  return sphericalRingArea(
    coordinates.map((p): [number, number] => [p[0] ?? 0, p[1] ?? 0]),
    false,
  );
}

/** Drops small rings, but never a country's largest one (Monaco, San Marino) nor a hole (the enclaves they leave in Italy). */
function keepCountries(topology: Countries): Filter {
  // Only exterior rings are weighed: holes are always kept.
  const bigEnough = filterWeight(topology, MIN_ISLAND, (ring) => sphericalRingArea(ring, false));
  const largest = new Set(
    topology.objects.countries.geometries.flatMap((geometry) => {
      const exteriors = geometry.type === "Polygon" ? geometry.arcs.slice(0, 1) : geometry.type === "MultiPolygon" ? geometry.arcs.map(([exterior = []]) => exterior) : [];
      const areas = exteriors.map((ring) => ringArea(topology, ring));
      const best = exteriors[areas.indexOf(Math.max(...areas))];
      return best ? [best] : [];
    }),
  );
  // A filter is given the ring's arc indexes, not the coordinates @types/topojson-simplify says.
  return (ring, interior) => interior || largest.has(ring as unknown as number[]) || bigEnough(ring, interior);
}

/** Drawable detail: simplified for a map of Europe some 800 px wide, or the atlas's own. */
export type Detail = "simplified" | "full";

function toFeatures(topology: Topology<OrNull<Countries["objects"]>>): CountryFeature[] {
  const { countries } = topology.objects;
  if (countries.type !== "GeometryCollection") return [];
  return countries.geometries.flatMap((geometry): CountryFeature[] => {
    if (geometry.type !== "Polygon" && geometry.type !== "MultiPolygon") return [];
    const shape = geometry.type === "Polygon" ? feature(topology, geometry) : feature(topology, geometry);
    return [{ ...shape, id: geometry.id === undefined ? undefined : String(geometry.id), properties: { name: geometry.properties?.name ?? "" } }];
  });
}

function simplified(atlas: Countries): Topology<OrNull<Countries["objects"]>> {
  const topology = simplify(presimplify(atlas, sphericalTriangleArea), MIN_TRIANGLE);
  return filter(topology, keepCountries(topology));
}

let atlas: Countries | undefined;
const countries = new Map<Detail, CountryFeature[]>();

/** Every country of the atlas as GeoJSON; `id` is its ISO 3166-1 numeric code when it has one. */
export function atlasCountries(detail: Detail = "simplified"): CountryFeature[] {
  let shapes = countries.get(detail);
  if (!shapes) {
    atlas ??= readAtlas();
    shapes = toFeatures(detail === "full" ? atlas : simplified(atlas));
    countries.set(detail, shapes);
  }
  return shapes;
}
