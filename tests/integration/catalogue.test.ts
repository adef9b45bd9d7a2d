import fs from "node:fs";
import { KINDS } from "../../lib/catalogue/vocabularies";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { countEntries, getPublishedEntry } from "../../lib/catalogue/entries";
import { loadSeedCatalogue } from "../../lib/catalogue/seed";
import { readSeedCatalogue } from "../../lib/catalogue/seed-files";
import { db } from "../../lib/db";
import { searchCatalogue } from "../../lib/search";
import { defaultSearchQuery } from "../../lib/search/query";

describe("loading the catalogue", () => {
  it("holds every seed entry, indexed for search", async () => {
    const seed = await readSeedCatalogue();
    expect(await countEntries()).toBe(seed.length);
    const rows = await db.$queryRaw<{ documents: number }[]>`SELECT count(*)::int AS documents FROM search_documents`;
    expect(rows[0]?.documents).toBe(seed.length);
    expect((await searchCatalogue(defaultSearchQuery())).total).toBe(seed.length);
  });

  it("neither duplicates nor loses anything when loaded again", async () => {
    const before = await countEntries();
    const report = await loadSeedCatalogue();
    expect(report).toEqual({ inserted: 0, skipped: before });
    expect(await countEntries()).toBe(before);
  });

  it("keeps moderated changes when loaded again", async () => {
    await db.entry.update({ where: { slug: "quakesafe" }, data: { summary: "A summary changed after loading." } });
    await loadSeedCatalogue();
    expect((await getPublishedEntry("quakesafe"))?.summary).toBe("A summary changed after loading.");
  });

  it("links project teams to the programme that funds them, both ways", async () => {
    const team = await getPublishedEntry("quakesafe");
    const programme = team?.links.find((l) => l.role === "funded-by");
    expect(programme?.kind).toBe("programme");
    const funded = await getPublishedEntry(programme?.slug ?? "");
    expect(funded?.backlinks.filter((b) => b.kind === "project-team")).toHaveLength(5);
  });

  it("shows an entry's evidence, and neither links nor backlinks to archived entries", async () => {
    const team = await getPublishedEntry("quakesafe");
    const programme = team?.links.find((l) => l.role === "funded-by");
    const sibling = (await getPublishedEntry(programme?.slug ?? ""))?.backlinks.find((b) => b.slug !== "quakesafe" && b.kind === "project-team");
    expect(programme && sibling).toBeTruthy();
    const quakesafe = await db.entry.findUniqueOrThrow({ where: { slug: "quakesafe" } });
    await db.evidenceAssessment.create({
      data: { entryId: quakesafe.id, level: "evaluated", justification: "An external evaluation.", evidenceUrl: "https://example.org/report" },
    });
    await db.entry.update({ where: { slug: programme?.slug }, data: { archivedAt: new Date(), archiveReason: "test" } });
    const shown = await getPublishedEntry("quakesafe");
    expect(shown?.evidence).toMatchObject({ level: "evaluated", justification: "An external evaluation.", evidenceUrl: "https://example.org/report" });
    expect(shown?.evidence?.assessedAt).toBeInstanceOf(Date);
    expect(shown?.links.map((l) => l.slug)).not.toContain(programme?.slug);
    expect(await getPublishedEntry(programme?.slug ?? "")).toBeNull();
    await db.entry.update({ where: { slug: "quakesafe" }, data: { archivedAt: new Date(), archiveReason: "test" } });
    await db.entry.update({ where: { slug: programme?.slug }, data: { archivedAt: null, archiveReason: null } });
    expect((await getPublishedEntry(programme?.slug ?? ""))?.backlinks.map((b) => b.slug)).toEqual(expect.arrayContaining([sibling?.slug]));
    expect((await getPublishedEntry(programme?.slug ?? ""))?.backlinks.map((b) => b.slug)).not.toContain("quakesafe");
    await db.entry.update({ where: { slug: "quakesafe" }, data: { archivedAt: null, archiveReason: null } });
  });

  it("refuses a seed file that breaks the schema, naming the file", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "seed-"));
    for (const { value: kind } of KINDS) {
      fs.writeFileSync(path.join(dir, `${kind}.json`), "[]");
    }
    fs.writeFileSync(path.join(dir, "platform.json"), JSON.stringify([{ slug: "Bad Slug", kind: "platform" }]));
    await expect(readSeedCatalogue(dir)).rejects.toThrow(/platform\.json is not a valid catalogue file/);
    fs.rmSync(dir, { recursive: true });
  });
});
