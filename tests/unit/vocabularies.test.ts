import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { EVIDENCE_LEVELS } from "../../lib/evidence/levels";
import { FACETS, FACET_VOCABULARIES, KINDS, LANGUAGES, NOT_ASSESSED, STATUSES, labelOf, type VocabularyTerm } from "../../lib/catalogue/vocabularies";
import { facetValueLabel } from "../../lib/search/facet-value-labels";
import { FRESHNESS_STATES } from "../../lib/verification/freshness";

// What the vocabularies must do for the catalogue, not what they list: every
// value the seed catalogue uses is a term, and terms work in URLs and labels.

const SEED_DIRECTORY = path.resolve(import.meta.dirname, "../../prisma/seed/catalogue");

// Read loosely on purpose: the catalogue's own schema would refuse an unknown
// value before this test could name it.
const texts = z.array(z.string()).optional();
const seedEntrySchema = z.object({ slug: z.string(), kind: z.string(), countries: texts, levels: texts, themes: texts, languages: texts, status: z.string().optional() });
type SeedEntry = z.infer<typeof seedEntrySchema>;

const seedFiles = fs.readdirSync(SEED_DIRECTORY).filter((name) => name.endsWith(".json"));
const seed: SeedEntry[] = seedFiles.flatMap((name) => z.array(seedEntrySchema).parse(JSON.parse(fs.readFileSync(path.join(SEED_DIRECTORY, name), "utf8"))));

/** The seed's values of a field that are not terms of its vocabulary, as "slug: value". */
function unknownValues(vocabulary: readonly VocabularyTerm[], valuesOf: (entry: SeedEntry) => (string | undefined)[]): string[] {
  const known = new Set(vocabulary.map((t) => t.value));
  return seed.flatMap((entry) => valuesOf(entry).flatMap((value) => (value === undefined || known.has(value) ? [] : [`${entry.slug}: ${value}`])));
}

describe("vocabularies", () => {
  it("has a seed file for each kind and no other", () => {
    expect(seedFiles.map((name) => name.replace(/\.json$/, "")).sort()).toEqual(KINDS.map((k) => k.value).sort());
    expect(seed.length).toBeGreaterThan(0);
  });

  it("holds every value the seed catalogue uses", () => {
    expect(unknownValues(FACET_VOCABULARIES.kind, (e) => [e.kind])).toEqual([]);
    expect(unknownValues(FACET_VOCABULARIES.country, (e) => e.countries ?? [])).toEqual([]);
    expect(unknownValues(FACET_VOCABULARIES.level, (e) => e.levels ?? [])).toEqual([]);
    expect(unknownValues(FACET_VOCABULARIES.theme, (e) => e.themes ?? [])).toEqual([]);
    expect(unknownValues(LANGUAGES, (e) => e.languages ?? [])).toEqual([]);
    expect(unknownValues(STATUSES, (e) => [e.status])).toEqual([]);
  });

  it("has unique, URL-safe values in every facet", () => {
    for (const facet of FACETS) {
      const values = FACET_VOCABULARIES[facet].map((t) => t.value);
      expect(new Set(values).size).toBe(values.length);
      for (const v of values) {
        expect(encodeURIComponent(v)).toBe(v);
        expect(v).toMatch(facet === "country" ? /^[A-Z]{2}$/ : /^[a-z]+(-[a-z]+)*$/);
      }
    }
  });

  it("has unique labels in every facet", () => {
    for (const facet of FACETS) {
      const labels = FACET_VOCABULARIES[facet].map((t) => t.label);
      expect(new Set(labels).size).toBe(labels.length);
    }
  });

  it("labels every term and passes unknown values through", () => {
    for (const facet of FACETS) {
      for (const term of FACET_VOCABULARIES[facet]) expect(labelOf(facet, term.value)).toBe(term.label);
      expect(labelOf(facet, "not-a-term")).toBe("not-a-term");
    }
  });

  it("has the rubric's levels, strongest first, then not assessed, and the states of freshness, as search facets", () => {
    expect(FACET_VOCABULARIES.evidence.map((t) => t.value)).toEqual([...[...EVIDENCE_LEVELS].reverse(), NOT_ASSESSED]);
    expect(FACET_VOCABULARIES.freshness.map((t) => t.value)).toEqual([...FRESHNESS_STATES]);
  });

  it("labels evidence and freshness in English as the message catalogue does", () => {
    for (const facet of ["evidence", "freshness"] as const) {
      for (const term of FACET_VOCABULARIES[facet]) expect(facetValueLabel(facet, term.value, "en")).toBe(term.label);
    }
  });
});
