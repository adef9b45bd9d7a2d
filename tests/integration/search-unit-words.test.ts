import { beforeAll, describe, expect, it } from "vitest";
import { loadEntries } from "../../lib/catalogue/load";
import { generateSyntheticEntries, SYNTHETIC_ORIGIN } from "../../lib/catalogue/synthetic";
import { buildTextMatch, titleOnly, type UnitMatch } from "../../lib/search/sql/text-match";
import { readUnitScores, readWholeUnit } from "../../lib/search/postgres/unit-scores";
import { unitWords } from "../../lib/search/unit-words";
import type { UnitScores } from "../../lib/search/unit-scores";

// A unit made of words is put together from each word's scores, read alone
// and kept (unit-words.ts); it must be what one read of the whole unit gives:
// the same documents and flags, and ranks equal but for their last bit.

// Words alone, concepts with phrases among their names, misspellings,
// translations, facet values named by words, and a hyphenated compound.
const TEXTS = ["stem", "science", "наука", "experimentts", "hub", "Romania", "teacher training", "girls", "Schülerlabor", "north rhine-westphalia", "zzqx"];

async function unitsOf(text: string): Promise<UnitMatch[]> {
  return (await buildTextMatch(text)).units;
}

function expectSameScores(found: UnitScores, expected: UnitScores, what: string): void {
  expect([...found.docs], what).toEqual([...expected.docs]);
  expect([...found.flags], what).toEqual([...expected.flags]);
  expect(found.items, what).toBe(expected.items);
  for (let i = 0; i < expected.docs.length; i++) {
    const [a, b] = [found.rank[i]!, expected.rank[i]!];
    expect(Math.abs(a - b), `${what}: doc ${expected.docs[i]} rank ${a} against ${b}`).toBeLessThanOrEqual(1e-6 * b);
  }
}

describe("a unit put together from its words", () => {
  beforeAll(async () => {
    await loadEntries(generateSyntheticEntries(600, { startIndex: 0 }), SYNTHETIC_ORIGIN);
  }, 120_000);

  it("equals one read of the whole unit, over the catalogue and over a few documents", async () => {
    let composed = 0;
    for (const text of TEXTS) {
      for (const unit of await unitsOf(text)) {
        const whole = await readWholeUnit(unit, null);
        expectSameScores(await readUnitScores(unit), whole, text);
        const few = whole.docs.filter((_, i) => i % 7 === 0);
        expectSameScores(await readUnitScores(unit, few), await readWholeUnit(unit, few), `${text}, a few documents`);
        if (unitWords(unit.anywhere, unit.ranking)) composed++;
      }
    }
    expect(composed).toBeGreaterThanOrEqual(TEXTS.length);
  }, 120_000);

  it("ranks the same whatever the order of its ranking words, a word held as a prefix and whole among them", async () => {
    const [stem] = await unitsOf("stem");
    expect(stem!.ranking).toMatch(/'stem':\*.*'stem'(?!:)/);
    const reversed = stem!.ranking.split(" | ").reverse().join(" | ");
    const turned: UnitMatch = { ...stem!, ranking: reversed, inTitle: titleOnly(reversed) };
    const [a, b] = [await readWholeUnit(stem!, null), await readWholeUnit(turned, null)];
    expect(a.docs.length).toBeGreaterThan(50);
    expectSameScores(b, a, "stem, ranking words reversed");
  });
});
