import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it } from "vitest";
import { GET as searchRoute } from "../../app/api/v1/search/route";
import { apiSearchResultSchema } from "../../lib/api/schemas";
import { loadEntries } from "../../lib/catalogue/load";
import { entryInputSchema, type EntryInput } from "../../lib/catalogue/schema";
import { db } from "../../lib/db";
import { assessEvidence } from "../../lib/evidence/assess";
import { exportSearch } from "../../lib/export/export-search";
import { PEER_HEADER } from "../../lib/http/client-ip";
import { searchCatalogue } from "../../lib/search";
import { readGeneration } from "../../lib/search/generation";
import { parseSearchParams } from "../../lib/search/query";
import { matchingEntryIds } from "../../lib/search/sql/matching-ids";
import type { SearchResult } from "../../lib/search/types";
import { catalogueStatistics } from "../../lib/stats/catalogue-statistics";
import { confirmStillAccurate } from "../../lib/verification/confirm";
import { monthsBefore } from "../../lib/verification/freshness";
import { createPerson } from "./support/people";

// Issue 16: search by evidence level and by freshness (ADR 013), on a real
// PostgreSQL. Fixtures share a made-up word, so each count is known exactly;
// the seed catalogue around them is counted against the database itself.

const WORD = "trustquoll";
const NOW = new Date("2026-12-03T12:00:00Z");
const ago = (months: number) => monthsBefore(NOW, months);

function fixture(slug: string, overrides: Partial<EntryInput> = {}) {
  return entryInputSchema.parse({
    slug,
    kind: "programme",
    title: `${WORD} ${slug.replace(/-/g, " ")}`,
    summary: "A fixture entry of the trust facet tests of the clearinghouse search.",
    description: "This description exists so that the entry is long enough to be valid in the catalogue.",
    countries: ["RO"],
    levels: ["primary"],
    themes: ["mathematics"],
    sources: [{ title: "Test fixture" }],
    ...overrides,
  });
}

// When each was last verified, relative to NOW (null: never).
const VERIFIED: Record<string, Date | null> = {
  "tq-current": ago(1),
  "tq-due": ago(18),
  "tq-stale": ago(30),
  "tq-never": null,
  "tq-belgian": ago(2),
};

const run = (qs: string, now = NOW) => searchCatalogue(parseSearchParams(new URLSearchParams(qs)).query, now);
const counts = (result: SearchResult, facet: "evidence" | "freshness") => Object.fromEntries(result.facets[facet].map((c) => [c.value, c.count]));
const slugs = (result: SearchResult) => result.hits.map((h) => h.slug).sort();

async function setVerified(slug: string, at: Date | null): Promise<void> {
  // A hand-written UPDATE, as a script would do it: the trigger carries it to the search document.
  await db.$executeRaw`UPDATE entries SET last_verified_at = ${at} WHERE slug = ${slug}`;
}

let moderator: Awaited<ReturnType<typeof createPerson>>;

beforeAll(async () => {
  const entries = Object.keys(VERIFIED).map((slug) => fixture(slug, slug === "tq-belgian" ? { countries: ["BE"], kind: "resource" } : {}));
  await loadEntries(entries, "test", (e) => ({ updatedAt: ago(40), lastVerifiedAt: VERIFIED[e.slug] ?? null }));
  moderator = await createPerson("moderator");
});

describe("the evidence facet", () => {
  it("counts assessed and not yet assessed entries, finds each, and follows an assessment at once", async () => {
    const before = await run(`q=${WORD}`);
    expect(counts(before, "evidence")).toEqual({ "not-assessed": 5 });

    const justification = "The 2024 evaluation report measured participation.";
    expect(await assessEvidence(moderator, { slug: "tq-current", level: "evaluated", justification })).toEqual({ ok: true });
    expect(await assessEvidence(moderator, { slug: "tq-belgian", level: "impact", justification: "A peer-reviewed study (2025)." })).toEqual({ ok: true });

    // The same search, asked again in this process: the assessment bumped the generation.
    const after = await run(`q=${WORD}`);
    expect(counts(after, "evidence")).toEqual({ impact: 1, evaluated: 1, "not-assessed": 3 });
    // Strongest first, whatever the counts.
    expect(after.facets.evidence.map((c) => c.value)).toEqual(["impact", "evaluated", "not-assessed"]);
    expect(slugs(await run(`q=${WORD}&evidence=evaluated`))).toEqual(["tq-current"]);
    expect(slugs(await run(`q=${WORD}&evidence=not-assessed`))).toEqual(["tq-due", "tq-never", "tq-stale"]);

    // Disjunctive: the evidence counts ignore their own selection, the others respect it.
    const impactOrEvaluated = await run(`q=${WORD}&evidence=impact&evidence=evaluated`);
    expect(impactOrEvaluated.total).toBe(2);
    expect(counts(impactOrEvaluated, "evidence")).toEqual({ impact: 1, evaluated: 1, "not-assessed": 3 });
    expect(Object.fromEntries(impactOrEvaluated.facets.country.map((c) => [c.value, c.count]))).toEqual({ RO: 1, BE: 1 });
    expect(counts(await run(`q=${WORD}&country=BE`), "evidence")).toEqual({ impact: 1 });
  });

  it("agrees with the database over the whole catalogue", async () => {
    const result = await run("");
    const assessed = await db.evidenceAssessment.groupBy({ by: ["level"], where: { entry: { archivedAt: null } }, _count: true });
    const published = await db.entry.count({ where: { archivedAt: null } });
    const expected: Record<string, number> = Object.fromEntries(assessed.map((a) => [a.level, a._count]));
    expected["not-assessed"] = published - assessed.reduce((sum, a) => sum + a._count, 0);
    expect(counts(result, "evidence")).toEqual(expected);
  });

  it("gives each hit its evidence level in one read, and a changed justification reaches cached answers", async () => {
    const first = await run(`q=${WORD}&evidence=evaluated`);
    expect(first.hits[0]?.evidence).toMatchObject({ level: "evaluated", evidenceUrl: null });
    const generation = await readGeneration();
    const justification = "The 2024 evaluation report, now with its second year of data.";
    await assessEvidence(moderator, { slug: "tq-current", level: "evaluated", justification, evidenceUrl: "https://example.org/report-2024" });
    expect(await readGeneration()).toBeGreaterThan(generation);
    const second = await run(`q=${WORD}&evidence=evaluated`);
    expect(second.hits[0]?.evidence).toMatchObject({ justification, evidenceUrl: "https://example.org/report-2024" });
    expect((await run(`q=${WORD}&evidence=not-assessed`)).hits.every((h) => h.evidence === null)).toBe(true);
  });

  it("loses the level when an assessment is withdrawn", async () => {
    await assessEvidence(moderator, { slug: "tq-belgian", level: "none", justification: "The study was withdrawn." });
    expect(slugs(await run(`q=${WORD}&evidence=impact`))).toEqual([]);
    expect(counts(await run(`q=${WORD}`), "evidence")).toEqual({ evaluated: 1, "not-assessed": 4 });
  });
});

describe("the freshness facet", () => {
  it("puts each entry in one state, judged at the moment of the search", async () => {
    const result = await run(`q=${WORD}`);
    // Never verified counts as stale: it needs checking too.
    expect(counts(result, "freshness")).toEqual({ current: 2, due: 1, stale: 2 });
    expect(result.facets.freshness.map((c) => c.value)).toEqual(["current", "due", "stale"]);
    expect(slugs(await run(`q=${WORD}&freshness=stale`))).toEqual(["tq-never", "tq-stale"]);
    expect(slugs(await run(`q=${WORD}&freshness=due&freshness=stale`))).toEqual(["tq-due", "tq-never", "tq-stale"]);
    // The same entries eleven months later: the current ones are due, the due one stale.
    expect(counts(await run(`q=${WORD}`, monthsBefore(NOW, -11)), "freshness")).toEqual({ due: 2, stale: 3 });
  });

  it("moves an entry across a day boundary without a write, in search, exports and statistics alike", async () => {
    // Verified at the first instant of 4 December 2025: due from the first instant of 4 December 2026.
    await setVerified("tq-current", new Date("2025-12-04T00:00:00Z"));
    const evening = new Date("2026-12-03T23:59:59.999Z");
    const midnight = new Date("2026-12-04T00:00:00Z");
    const selection = `q=${WORD}&freshness=current`;

    const before = await run(selection, evening);
    expect(slugs(before)).toEqual(["tq-belgian", "tq-current"]);
    // A second search before midnight is answered from the cache: nothing changed state.
    expect(await run(selection, new Date("2026-12-03T18:00:00Z"))).toBe(before);

    // After midnight the cached answer must not be used: the freshness stamp moved.
    const after = await run(selection, midnight);
    expect(slugs(after)).toEqual(["tq-belgian"]);
    expect(counts(after, "freshness")).toEqual({ current: 1, due: 2, stale: 2 });

    const { query } = parseSearchParams(new URLSearchParams(selection));
    const exported = async (now: Date) => (await matchingEntryIds(query, 100, now)).length;
    expect([await exported(evening), await exported(midnight)]).toEqual([2, 1]);
    const counted = async (now: Date) => (await catalogueStatistics({ q: query.q, filters: query.filters }, now)).total;
    expect([await counted(evening), await counted(midnight)]).toEqual([2, 1]);
    const byFreshness = async (now: Date) =>
      Object.fromEntries((await catalogueStatistics({ q: query.q, filters: { ...query.filters, freshness: [] } }, now)).byFacet.freshness.map((t) => [t.value, t.count]));
    expect(await byFreshness(midnight)).toEqual({ current: 1, due: 2, stale: 2 });
  });

  it("follows a confirmation at once: the entry is current again", async () => {
    expect(slugs(await run(`q=${WORD}&freshness=stale`, new Date()))).toContain("tq-stale");
    expect(await confirmStillAccurate(moderator, { slug: "tq-stale" })).toMatchObject({ ok: true });
    const now = new Date();
    expect(slugs(await run(`q=${WORD}&freshness=stale`, now))).toEqual(["tq-never"]);
    expect(slugs(await run(`q=${WORD}&freshness=current`, now))).toContain("tq-stale");
  });

  it("exports the same entries as the search finds", async () => {
    const outcome = await exportSearch(new URLSearchParams(`q=${WORD}&freshness=stale&freshness=due&format=json`), { now: NOW });
    if (!outcome.ok) throw new Error(outcome.message);
    expect(outcome.download.filename).toBe(`stem-clearinghouse-stale-due-${WORD}-2026-12-03.json`);
    const records = JSON.parse(await new Response(outcome.download.body).text()) as { slug: string }[];
    expect(records.map((r) => r.slug).sort()).toEqual(slugs(await run(`q=${WORD}&freshness=stale&freshness=due`)));
  });
});

describe("GET /api/v1/search", () => {
  const call = async (qs: string) => {
    const response = await searchRoute(new NextRequest(`http://localhost/api/v1/search?${qs}`, { headers: { [PEER_HEADER]: "fd00::7" } }));
    return { status: response.status, body: JSON.parse(await response.text()) as unknown };
  };

  it("filters by evidence and freshness, counts both, and gives each hit its evidence level", async () => {
    const { status, body } = await call(`q=${WORD}&evidence=evaluated&evidence=not-assessed&lang=de`);
    expect(status).toBe(200);
    const result = apiSearchResultSchema.parse(body);
    const evaluated = result.hits.find((h) => h.evidenceLevel !== null);
    expect(evaluated?.slug).toBe("tq-current");
    expect(evaluated?.evidenceLevel).toMatchObject({ level: "evaluated", evidenceUrl: "https://example.org/report-2024" });
    expect(Date.parse(evaluated?.evidenceLevel?.assessedAt ?? "")).toBeGreaterThan(0);
    expect(result.hits.filter((h) => h.evidenceLevel === null)).toHaveLength(result.total - 1);
    expect(result.facets.evidence.find((c) => c.value === "not-assessed")?.label).toBe("Noch nicht bewertet");
    expect(result.facets.freshness.map((c) => c.label)).toContain("In den letzten 12 Monaten geprüft");
  });

  it("refuses unknown values with the error envelope, naming them", async () => {
    const { status, body } = await call("evidence=proven&freshness=ancient");
    expect(status).toBe(400);
    expect(JSON.stringify(body)).toContain("Unknown evidence level “proven”.");
    expect(JSON.stringify(body)).toContain("Unknown freshness “ancient”.");
  });
});
