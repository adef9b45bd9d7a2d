import { COUNTRIES, KINDS } from "@/lib/catalogue/vocabularies";

// Sets group records by kind and by country. Their specs are hierarchical, as
// the protocol defines: "kind" holds every "kind:…" set and "country" every
// "country:…" set, so a harvester may ask for either whole branch.

export type OaiSet = { spec: string; name: string };

/** Which records a set holds: one value of a facet, or (value null) any value. */
export type SetFilter = { facet: "kind" | "country"; value: string | null };

export const SETS: readonly OaiSet[] = [
  { spec: "kind", name: "Entries by kind" },
  ...KINDS.map((k) => ({ spec: `kind:${k.value}`, name: k.label })),
  { spec: "country", name: "Entries by country" },
  ...COUNTRIES.map((c) => ({ spec: `country:${c.value}`, name: c.label })),
];

/** The protocol's syntax of a setSpec: colon-separated unreserved URI characters. */
export const SET_SPEC = /^[A-Za-z0-9\-_.!~*'()]+(?::[A-Za-z0-9\-_.!~*'()]+)*$/;

/** What a set spec selects, or null when the repository has no such set. */
export function setFilter(spec: string): SetFilter | null {
  if (!SETS.some((s) => s.spec === spec)) return null;
  const [facet, value] = spec.split(":");
  if (facet !== "kind" && facet !== "country") return null;
  return { facet, value: value ?? null };
}

/** The sets a record belongs to; membership of their parents goes without saying. */
export function setSpecsOf(record: { kind: string; countries: readonly string[] }): string[] {
  return [`kind:${record.kind}`, ...record.countries.map((c) => `country:${c}`)];
}
