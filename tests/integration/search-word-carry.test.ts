import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { loadEntries } from "../../lib/catalogue/load";
import { entryInputSchema } from "../../lib/catalogue/schema";
import { db } from "../../lib/db";
import { readGeneration } from "../../lib/search/generation";
import { indexDocuments } from "../../lib/search/postgres/indexer";
import { changedDocuments } from "../../lib/search/postgres/document-changes";
import { readUnitScores, unitScoreReads, unitScores } from "../../lib/search/postgres/unit-scores";
import { buildTextMatch, type UnitMatch } from "../../lib/search/sql/text-match";

// A word's kept scores are brought to a newer generation by rescanning the
// documents changed since (ADR 010, 2026-12-05). Whatever changed, the result
// must be what a whole new scan reads.

const word = `ferlandix${randomUUID().slice(0, 6).replace(/[0-9]/g, "y")}`;
const slug = (s: string) => `carry-${word}-${s}`;

function entry(s: string, title: string) {
  return entryInputSchema.parse({
    slug: slug(s),
    title,
    kind: "programme",
    summary: `A fixture entry of the word carry test, about ${word} clubs in primary schools.`,
    description: "This description exists so that the entry is long enough to be valid in the catalogue.",
    countries: ["RO"],
    levels: ["primary"],
    themes: ["mathematics"],
    sources: [{ title: "Test fixture" }],
  });
}

async function unitOf(text: string): Promise<UnitMatch> {
  const [unit] = (await buildTextMatch(text)).units;
  if (!unit) throw new Error(`no unit in ${text}`);
  return unit;
}

beforeAll(async () => {
  await loadEntries(["a", "b", "c", "d"].map((s, i) => entry(s, `The ${word} club number ${i + 1}`)), "test");
});

describe("a kept word at a newer generation", () => {
  it("rescans only the changed documents, and equals a whole new scan for a word and for a phrase", async () => {
    // A thesaurus phrase reads through the other query (documents holding only some of its words).
    const units = [await unitOf(word), await unitOf("primary school")];
    const before = await readGeneration();
    expect((await unitScores(before, units[0]!)).docs.length).toBe(4);
    await unitScores(before, units[1]!);

    // Edited away from the word, re-titled (the title match goes), removed, and new.
    const retitle = async (s: string, title: string, summary: string) => {
      const [row] = await db.$queryRaw<{ id: string }[]>`UPDATE entries SET title = ${title}, summary = ${summary} WHERE slug = ${slug(s)} RETURNING id`;
      await indexDocuments([row!.id]);
    };
    await retitle("a", "A maths club with nothing else to say", "A fixture entry of the word carry test, about maths clubs in a primary school.");
    await retitle("b", "A club in a school", `A fixture entry of the word carry test, about a ${word} club.`);
    await loadEntries([entry("e", `The ${word} club number 5`)], "test");
    await db.$executeRaw`DELETE FROM entries WHERE slug = ${slug("c")}`;
    const after = await readGeneration();

    const reads = unitScoreReads();
    const changed = await changedDocuments(before, after);
    expect(changed?.length).toBe(4);
    for (const unit of units) {
      const carried = await unitScores(after, unit);
      expect(carried).toEqual(await readUnitScores(unit));
      // The rescan read the changed documents alone.
      expect((await readUnitScores(unit, changed)).docs.length).toBeLessThanOrEqual(4);
    }
    expect(unitScoreReads()).toEqual({ whole: reads.whole, carried: reads.carried + 2 });
    // b (its summary still has the word), d and e.
    expect((await unitScores(after, units[0]!)).docs.length).toBe(3);
  });

  it("reads a word whole again when the span of generations is not all recorded", async () => {
    const now = await readGeneration();
    expect(await changedDocuments(now, now + 5n)).toBeNull();
    expect(await changedDocuments(now, now)).toBeNull();
  });
});
