import { randomUUID } from "node:crypto";
import { stringify } from "csv-stringify/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../../lib/auth/permissions";
import { db } from "../../lib/db";
import { csvChunks } from "../../lib/export/csv";
import { exportBatches } from "../../lib/export/export-search";
import { checkImport } from "../../lib/imports/check";
import { startImport } from "../../lib/imports/run";
import { getImport, getImportProgress, listImports } from "../../lib/imports/views";
import { searchCatalogue } from "../../lib/search";
import { defaultSearchQuery } from "../../lib/search/query";
import { archiveEntry, restoreEntry } from "../../lib/submissions/archive";
import { createProposal } from "../../lib/submissions/proposals";
import { listQueue } from "../../lib/submissions/queue";
import { createPerson, organisationId } from "./support/people";

// Bulk imports on a real PostgreSQL: the dry run, both modes, a failure in
// the middle, progress, who may import, and a run whose server died.

let moderator: Actor;
let member: Actor;
let quakesafe: string;

beforeAll(async () => {
  moderator = await createPerson("moderator");
  member = await createPerson("member", ["quakesafe"]);
  quakesafe = await organisationId("quakesafe");
});

afterAll(async () => {
  await db.$disconnect();
});

const HEADER = ["kind", "title", "summary", "description", "countries", "levels", "themes", "year_start", "source_title", "source_url"];

function programme(title: string, extra: Partial<Record<(typeof HEADER)[number], string>> = {}) {
  return {
    kind: "programme",
    title,
    summary: "Pupils build model bridges and test how much weight they carry.",
    description: "A travelling workshop for lower secondary schools, with kits lent to teachers.",
    countries: "MK; AL",
    levels: "lower-secondary",
    themes: "hands-on-experiments",
    year_start: "2021",
    source_title: "Workshop report",
    source_url: "https://example.org/report",
    ...extra,
  };
}

function csv(rows: Record<string, string>[]): Uint8Array {
  return new TextEncoder().encode(stringify(rows, { header: true, columns: HEADER }));
}

async function checked(bytes: Uint8Array, options: Record<string, string> = {}, fileName = "entries.csv") {
  const result = await checkImport(moderator, { fileName, bytes, options: { mode: "proposals", organisationId: quakesafe, skipDuplicates: "yes", ...options } });
  if (!result.ok) throw new Error(result.message);
  const view = await getImport(moderator, result.id);
  if (!view) throw new Error("the import just checked is missing");
  return view;
}

// Rows are kept by default: a random tag can make a title look like an earlier entry's by chance
// (a similar title in a shared country), and skipping it would change what a test counts.
async function run(id: string, skipDuplicates = "no", options = {}) {
  const started = await startImport(moderator, { id, skipDuplicates }, options);
  if (!started.ok) throw new Error(started.message);
  await started.finished;
  const view = await getImport(moderator, id);
  if (!view) throw new Error("the import is missing");
  return view;
}

/** How many entries have every word of the title (a search with only some of them is no match). */
async function entriesWithEveryWord(title: string): Promise<number> {
  const result = await searchTitle(title);
  return result.partial ? 0 : result.total;
}

async function searchTitle(title: string) {
  return searchCatalogue({ ...defaultSearchQuery(), q: title });
}

describe("the dry run", () => {
  it("reports errors by line and column, and likely duplicates, without writing anything else", async () => {
    const tag = randomUUID().slice(0, 8);
    const proposals = await db.proposal.count();
    const entries = await db.entry.count();
    const view = await checked(
      csv([
        programme(`Bridge builders ${tag}`),
        programme(`Broken row ${tag}`, { kind: "workshop", countries: "MK; XX", year_start: "soon", summary: "Too short" }),
        programme(`Bridge builders ${tag}`),
      ]),
    );
    expect(view.state).toBe("checked");
    expect(view.rows.map((r) => r.row)).toEqual([2, 3, 4]);
    const [good, broken, repeat] = view.rows;
    expect(good?.content?.countries).toEqual(["MK", "AL"]);
    expect(good?.errors).toEqual([]);
    expect(broken?.content).toBeNull();
    expect(broken?.errors).toEqual(
      expect.arrayContaining([
        { column: "kind", message: "“workshop” is not a known kind of entry." },
        { column: "countries", message: "“XX” is not a known country code." },
        { column: "year_start", message: "“soon” is not a number." },
        { column: "summary", message: "Use at least 20 characters." },
      ]),
    );
    expect(repeat?.sameAsRow).toBe(2);
    expect(view.totalRows).toBe(2);
    expect(await db.proposal.count()).toBe(proposals);
    expect(await db.entry.count()).toBe(entries);
  });

  it("finds open proposals with the same title, but not rejected ones", async () => {
    const tag = randomUUID().slice(0, 8);
    const draft = await createProposal(member, { organisationId: quakesafe, content: { kind: "programme", title: `Kite physics ${tag}` } });
    const closed = await createProposal(member, { organisationId: quakesafe, content: { kind: "programme", title: `Tide clocks ${tag}` } });
    if (!draft.ok || !closed.ok) throw new Error("the proposals could not be created");
    await db.proposal.update({ where: { id: closed.id }, data: { state: "rejected" } });
    const view = await checked(csv([programme(`Kite physics ${tag}`), programme(`Tide clocks ${tag}`)]));
    expect(view.rows.map((r) => r.openProposals.map((p) => p.id))).toEqual([[draft.id], []]);
  });

  it("finds the catalogue's own entries in a re-imported export", async () => {
    const seeded = await db.entry.findMany({
      where: { archivedAt: null },
      select: { id: true, slug: true, kind: true, countries: true, levels: true, themes: true },
      orderBy: { slug: "asc" },
      take: 20,
    });
    let text = "";
    for await (const chunk of csvChunks(exportBatches(seeded.map((e) => e.id)))) text += chunk;
    const view = await checked(new TextEncoder().encode(text), { sourceTitle: "Our own export" }, "export.csv");
    expect(view.rows).toHaveLength(seeded.length);
    for (const [i, row] of view.rows.entries()) {
      expect(row.duplicates.map((d) => d.slug)).toContain(seeded[i]?.slug);
      // The export's names ("North Macedonia") stand beside codes; the codes come back.
      expect(row.content).toMatchObject({ kind: seeded[i]?.kind, countries: seeded[i]?.countries, levels: seeded[i]?.levels, themes: seeded[i]?.themes });
    }
    expect(text.startsWith("\uFEFF")).toBe(true);
    expect(view.report.notes.join(" ")).toMatch(/slug, url, evidence_level, published_at, updated_at/);
    expect(view.report.notes.join(" ")).toMatch(/summary is used as the description/);
    // The export's organisations come back as links to their entries.
    expect(view.rows.some((r) => (r.content?.links ?? []).some((l) => l.role === "organisation"))).toBe(true);
  });

  it("rejects an unreadable file with one clear reason", async () => {
    const noTitle = await checked(new TextEncoder().encode("kind,summary\nprogramme,Something long enough to be a summary\n"));
    expect(noTitle.state).toBe("rejected");
    expect(noTitle.errorText).toMatch(/no title column/);
    const badJson = await checked(new TextEncoder().encode("[{"), {}, "entries.json");
    expect(badJson.state).toBe("rejected");
    expect(badJson.errorText).toMatch(/not valid JSON/);
  });
});

describe("importing as proposals", () => {
  it("creates submitted proposals in the queue and nothing public", async () => {
    const tag = randomUUID().slice(0, 8);
    const titles = [`Quake kits ${tag}`, `Shake tables ${tag}`];
    const view = await checked(csv(titles.map((t) => programme(t))));
    const done = await run(view.id);
    expect(done.state).toBe("done");
    expect(done.report.outcome?.imported).toBe(2);
    const proposals = await db.proposal.findMany({ where: { title: { in: titles } } });
    expect(proposals.map((p) => [p.state, p.authorId, p.organisationId])).toEqual(titles.map(() => ["submitted", moderator.id, quakesafe]));
    const queue = await listQueue(moderator, {});
    expect(queue?.map((q) => q.title)).toEqual(expect.arrayContaining(titles));
    expect(await entriesWithEveryWord(titles[0] ?? "")).toBe(0);
    expect(await db.entry.count({ where: { title: { in: titles } } })).toBe(0);
    expect(await db.auditEvent.count({ where: { action: "proposal.imported", subjectId: { in: proposals.map((p) => p.id) } } })).toBe(2);
    expect(await db.auditEvent.count({ where: { action: "import.completed", subjectId: view.id } })).toBe(1);
  });

  it("skips likely duplicates unless told otherwise", async () => {
    const tag = randomUUID().slice(0, 8);
    const rows = [programme(`Kite lab ${tag}`), programme(`Kite lab ${tag}`)];
    const skipping = await run((await checked(csv(rows))).id, "yes");
    expect(skipping.report.outcome).toMatchObject({ imported: 1, skipped: 1 });
    const tag2 = randomUUID().slice(0, 8);
    const keeping = await run((await checked(csv([programme(`Wind lab ${tag2}`), programme(`Wind lab ${tag2}`)]))).id, "no");
    expect(keeping.report.outcome).toMatchObject({ imported: 2, skipped: 0 });
  });
});

describe("publishing directly", () => {
  it("makes the entries public and searchable, with audit events", async () => {
    const tag = randomUUID().slice(0, 8);
    const title = `Solar boat regatta ${tag}`;
    const view = await checked(csv([programme(title)]), { mode: "publish" });
    const done = await run(view.id);
    expect(done.state).toBe("done");
    const entry = await db.entry.findFirstOrThrow({ where: { title } });
    expect(entry.organisationId).toBe(quakesafe);
    expect(done.report.outcome?.entries).toEqual([{ slug: entry.slug, title }]);
    expect((await searchTitle(title)).hits.map((h) => h.slug)).toContain(entry.slug);
    expect(await db.auditEvent.count({ where: { action: "entry.published", subjectId: entry.id } })).toBe(1);
    expect(await db.auditEvent.count({ where: { action: "import.completed", subjectId: view.id } })).toBe(1);
    const proposal = await db.proposal.findFirstOrThrow({ where: { entryId: entry.id } });
    expect(proposal.state).toBe("approved");
  });
});

describe("a long import beside the moderators' daily work", () => {
  it("does not hold up an archiving that happens while it runs", async () => {
    const tag = randomUUID().slice(0, 8);
    const view = await checked(csv(Array.from({ length: 150 }, (_, i) => programme(`Beside row ${i} ${tag}`))), { mode: "publish" });
    const { slug } = await db.entry.findFirstOrThrow({ where: { archivedAt: null, origin: "catalogue" }, orderBy: { slug: "desc" } });
    let archiving: Promise<{ ok: boolean; importState: string | undefined }> | undefined;
    const done = await run(view.id, "no", {
      progressEvery: 10,
      onProgress: () => {
        // Archiving bumps the search generation, as approving does.
        archiving ??= archiveEntry(moderator, { slug, reason: "Archived while an import runs." }).then(async (result) => ({
          ok: result.ok,
          importState: (await getImportProgress(moderator, view.id))?.state,
        }));
      },
    });
    expect(done.state).toBe("done");
    expect(await archiving).toEqual({ ok: true, importState: "running" });
    expect((await restoreEntry(moderator, { slug, reason: "Restored after the import test." })).ok).toBe(true);
    expect(await entriesWithEveryWord(`Beside row 149 ${tag}`)).toBe(1);
  });
});

describe("a failure in the middle of an import", () => {
  it("rolls every row back and says which row failed", async () => {
    const tag = randomUUID().slice(0, 8);
    const titles = [`Rover club ${tag}`, `Doomed row ${tag}`, `Robot club ${tag}`];
    const view = await checked(csv(titles.map((t) => programme(t))), { mode: "publish" });
    const entries = await db.entry.count();
    const proposals = await db.proposal.count();
    await db.$executeRawUnsafe(`
      CREATE FUNCTION fail_doomed_rows() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN IF NEW.title LIKE 'Doomed row%' THEN RAISE EXCEPTION 'injected failure'; END IF; RETURN NEW; END $$`);
    await db.$executeRawUnsafe(`CREATE TRIGGER fail_doomed_rows BEFORE INSERT ON entries FOR EACH ROW EXECUTE FUNCTION fail_doomed_rows()`);
    let failed;
    try {
      failed = await run(view.id);
    } finally {
      await db.$executeRawUnsafe(`DROP TRIGGER fail_doomed_rows ON entries`);
      await db.$executeRawUnsafe(`DROP FUNCTION fail_doomed_rows()`);
    }
    expect(failed.state).toBe("failed");
    expect(failed.errorText).toMatch(/^Line 3 could not be imported: .*injected failure/);
    expect(await db.entry.count()).toBe(entries);
    expect(await db.proposal.count()).toBe(proposals);
    expect(await entriesWithEveryWord(`Rover club ${tag}`)).toBe(0);
    expect(await db.auditEvent.count({ where: { action: "import.failed", subjectId: view.id } })).toBe(1);
    // A failed import cannot be started again by mistake.
    expect(await startImport(moderator, { id: view.id, skipDuplicates: "yes" })).toMatchObject({ ok: false, code: "conflict" });
  });
});

describe("progress", () => {
  it("grows to the total, written where other connections can read it", async () => {
    const tag = randomUUID().slice(0, 8);
    const view = await checked(csv(Array.from({ length: 12 }, (_, i) => programme(`Progress row ${i} ${tag}`))));
    const seen: number[] = [];
    const readings: Promise<number | undefined>[] = [];
    const done = await run(view.id, "no", {
      progressEvery: 5,
      onProgress: (n: number) => {
        seen.push(n);
        // Read as the page's poller reads it: another connection, outside the import's transaction.
        readings.push(getImportProgress(moderator, view.id).then((p) => p?.processed));
      },
    });
    expect(done.state, done.errorText ?? "").toBe("done");
    expect(done.totalRows).toBe(12);
    expect(seen).toEqual([5, 10, 12]);
    const read = await Promise.all(readings);
    read.forEach((value, i) => expect(value).toBeGreaterThanOrEqual(seen[i] ?? 0));
    expect(done.processedRows).toBe(12);
    expect(await getImportProgress(moderator, view.id)).toEqual({ state: "done", processed: 12, total: 12 });
  });
});

describe("who may import", () => {
  it("refuses members and anonymous visitors", async () => {
    const bytes = csv([programme(`Not allowed ${randomUUID()}`)]);
    const options = { mode: "publish", organisationId: quakesafe };
    expect(await checkImport(member, { fileName: "x.csv", bytes, options })).toMatchObject({ ok: false, code: "forbidden" });
    expect(await checkImport(null, { fileName: "x.csv", bytes, options })).toMatchObject({ ok: false, code: "forbidden" });
    const view = await checked(bytes);
    expect(await getImport(member, view.id)).toBeNull();
    expect(await getImportProgress(null, view.id)).toBeNull();
    expect(await listImports(member)).toBeNull();
    expect(await startImport(member, { id: view.id, skipDuplicates: "yes" })).toMatchObject({ ok: false, code: "forbidden" });
    expect((await getImport(moderator, view.id))?.state).toBe("checked");
  });

  it("answers not found for ids that are not an import's, however they are spelt", async () => {
    for (const id of ["------------------------------------", "not-an-id", "00000000-0000-0000-0000-000000000000", `${randomUUID()}x`]) {
      expect(await getImport(moderator, id)).toBeNull();
      expect(await getImportProgress(moderator, id)).toBeNull();
    }
    expect(await startImport(moderator, { id: "------------------------------------", skipDuplicates: "yes" })).toMatchObject({ ok: false });
  });
});

describe("a run whose server died", () => {
  it("is reported failed once its lease runs out", async () => {
    const view = await checked(csv([programme(`Orphan ${randomUUID()}`)]));
    await db.import.update({ where: { id: view.id }, data: { state: "running", startedAt: new Date(), heartbeatAt: new Date(Date.now() - 5 * 60_000) } });
    const seen = await getImport(moderator, view.id);
    expect(seen?.state).toBe("failed");
    expect(seen?.errorText).toMatch(/stopped unexpectedly/);
  });
});

describe("a large file", () => {
  it("checks 2 000 rows and imports them as proposals in one go", { timeout: 300_000 }, async () => {
    const tag = randomUUID().slice(0, 8);
    const rows = Array.from({ length: 2000 }, (_, i) => programme(`Large import ${tag} number ${i}`, { countries: i % 2 ? "MK" : "FR" }));
    const bytes = csv(rows);
    const t0 = performance.now();
    const view = await checked(bytes);
    const t1 = performance.now();
    expect(view.totalRows).toBe(2000);
    const done = await run(view.id, "no");
    const t2 = performance.now();
    expect(done.state).toBe("done");
    expect(done.report.outcome?.imported).toBe(2000);
    expect(await db.proposal.count({ where: { title: { startsWith: `Large import ${tag}` }, state: "submitted" } })).toBe(2000);
    console.log(`2 000 rows (${(bytes.byteLength / 1024).toFixed(0)} KB): dry run ${(t1 - t0).toFixed(0)} ms, import as proposals ${(t2 - t1).toFixed(0)} ms`);
  });
});
