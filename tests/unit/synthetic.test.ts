import { describe, it, expect } from "vitest";
import { entryInputSchema } from "../../lib/catalogue/schema";
import { generateSyntheticEntries } from "../../lib/catalogue/synthetic";
import { KINDS } from "../../lib/catalogue/vocabularies";

describe("generateSyntheticEntries", () => {
  it("is deterministic for a seed and differs between seeds", () => {
    expect(generateSyntheticEntries(200, { seed: 7 })).toEqual(generateSyntheticEntries(200, { seed: 7 }));
    const other = generateSyntheticEntries(200, { seed: 8 });
    expect(other.map((e) => e.title)).not.toEqual(generateSyntheticEntries(200, { seed: 7 }).map((e) => e.title));
  });

  it("gives entry i the same content whatever batch it is generated in", () => {
    const whole = generateSyntheticEntries(300, { seed: 3 });
    const parts = [...generateSyntheticEntries(100, { seed: 3 }), ...generateSyntheticEntries(200, { seed: 3, startIndex: 100 })];
    expect(parts).toEqual(whole);
  });

  it("produces entries that pass the entry schema unchanged", () => {
    for (const entry of generateSyntheticEntries(2000, { seed: 1 })) {
      const parsed = entryInputSchema.safeParse(entry);
      expect(parsed.success, `${entry.slug}: ${parsed.error?.message}`).toBe(true);
      expect(parsed.data).toEqual(entry);
      expect(entry.slug).toMatch(/^synthetic-\d+(-[a-z0-9]+)*$/);
      expect(entry.description.length).toBeGreaterThanOrEqual(300);
      expect(entry.description.length).toBeLessThanOrEqual(1200);
      expect(entry.links).toEqual([]);
      expect(entry.sources).toEqual([{ title: "Synthetic benchmark data" }]);
    }
  });

  it("gives unique slugs within a batch and across batches with different start indexes", () => {
    const first = generateSyntheticEntries(5000, { seed: 1 });
    expect(new Set(first.map((e) => e.slug)).size).toBe(5000);
    const second = generateSyntheticEntries(2500, { seed: 1, startIndex: 5000 });
    expect(new Set([...first, ...second].map((e) => e.slug)).size).toBe(7500);
  });

  it("varies its values like real data", () => {
    const entries = generateSyntheticEntries(2000, { seed: 1 });
    const countries = new Map<string, number>();
    for (const e of entries) for (const c of e.countries) countries.set(c, (countries.get(c) ?? 0) + 1);
    expect(countries.size).toBeGreaterThanOrEqual(20);
    // Skewed: the most common country is far more common than a median one.
    const counts = [...countries.values()].sort((a, b) => b - a);
    expect(counts[0]!).toBeGreaterThan(4 * counts[Math.floor(counts.length / 2)]!);

    expect(new Set(entries.map((e) => e.kind))).toEqual(new Set(KINDS.map((k) => k.value)));
    expect(new Set(entries.flatMap((e) => e.themes)).size).toBeGreaterThanOrEqual(12);
    expect(new Set(entries.flatMap((e) => e.levels)).size).toBe(8);
    expect(new Set(entries.map((e) => e.title)).size).toBeGreaterThan(1000);
    for (const e of entries) {
      expect(e.countries.length).toBeGreaterThanOrEqual(1);
      expect(e.countries.length).toBeLessThanOrEqual(3);
      expect(e.levels.length).toBeGreaterThanOrEqual(1);
      expect(e.levels.length).toBeLessThanOrEqual(3);
      expect(e.themes.length).toBeGreaterThanOrEqual(1);
      expect(e.themes.length).toBeLessThanOrEqual(4);
    }

    const foreign = entries.filter((e) => e.titleLang);
    expect(foreign.length / entries.length).toBeGreaterThan(0.1);
    expect(foreign.length / entries.length).toBeLessThan(0.2);
    expect(new Set(foreign.map((e) => e.titleLang)).size).toBe(5);
    expect(foreign.some((e) => /[äöüéèóíñăâîșț]/i.test(e.title))).toBe(true);
    expect(entries.some((e) => e.reach?.participants !== undefined)).toBe(true);
    expect(new Set(entries.map((e) => e.status)).size).toBe(4); // three statuses and none
  });
});
