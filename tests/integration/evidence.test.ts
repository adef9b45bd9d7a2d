import { describe, expect, it } from "vitest";
import { toApiEntry } from "../../lib/api/entries";
import { apiEntrySchema } from "../../lib/api/schemas";
import { getPublishedEntry } from "../../lib/catalogue/entries";
import { db } from "../../lib/db";
import { assessEvidence } from "../../lib/evidence/assess";
import { readExportRecords } from "../../lib/export/records";
import { getEntryHistory } from "../../lib/submissions/history";
import { createPerson } from "./support/people";

// Issue 16, "evidence level", on a real PostgreSQL: only moderators assess,
// every assessment is audited with the one it replaced, and readers get it on
// the entry, in the API and in exports.

const SLUG = "valnalon";
const REPORT = "https://example.org/valnalon-evaluation-2023.pdf";

async function auditTrail() {
  const entry = await db.entry.findUniqueOrThrow({ where: { slug: SLUG }, select: { id: true } });
  return db.auditEvent.findMany({ where: { subjectId: entry.id, action: { startsWith: "entry.evidence" } }, orderBy: { id: "asc" } });
}

describe("evidence levels", () => {
  it("are assessed by moderators only, replaced and withdrawn with an audit record each", async () => {
    const moderator = await createPerson("moderator");
    const member = await createPerson("member", [SLUG]);
    const assessment = { slug: SLUG, level: "evaluated", justification: "The 2023 evaluation report measured participation and outcomes.", evidenceUrl: REPORT };

    expect(await assessEvidence(null, assessment)).toMatchObject({ ok: false, code: "forbidden" });
    expect(await assessEvidence(member, assessment)).toMatchObject({ ok: false, code: "forbidden" });
    expect((await getPublishedEntry(SLUG))?.evidence).toBeNull();

    // What a form can get wrong is named per field; nothing is stored.
    const wrong = await assessEvidence(moderator, { slug: SLUG, level: "proven", justification: "", evidenceUrl: "javascript:alert(1)" });
    expect(wrong.ok ? [] : Object.keys(wrong.fieldErrors).sort()).toEqual(["evidenceUrl", "justification", "level"]);
    // Each says what to do (a union of "" and an address said only "Invalid input").
    expect(wrong.ok ? [] : wrong.fieldErrors.evidenceUrl).toEqual(["Give a full web address, starting with https://"]);
    expect(await assessEvidence(moderator, { ...assessment, slug: "no-such-entry" })).toMatchObject({ ok: false, code: "not_found" });
    expect(await assessEvidence(moderator, { slug: SLUG, level: "none", justification: "Nothing yet." })).toMatchObject({ ok: false, code: "invalid" });
    expect(await auditTrail()).toEqual([]);

    expect(await assessEvidence(moderator, assessment)).toEqual({ ok: true });
    const entry = await getPublishedEntry(SLUG);
    if (!entry) throw new Error(`${SLUG} is not in the seed catalogue`);
    expect(entry.evidence).toMatchObject({ level: "evaluated", justification: assessment.justification, evidenceUrl: REPORT });
    expect((await getEntryHistory(moderator, SLUG))?.evidence?.level).toBe("evaluated");

    // Readers of the API and of exports get the same level.
    const api = apiEntrySchema.parse(toApiEntry(entry));
    expect(api.evidenceLevel).toMatchObject({ level: "evaluated", evidenceUrl: REPORT });
    expect(Date.parse(api.evidenceLevel?.assessedAt ?? "")).toBeLessThanOrEqual(Date.now());
    const id = (await db.entry.findUniqueOrThrow({ where: { slug: SLUG } })).id;
    expect((await readExportRecords([id]))[0]?.evidence_level).toBe("evaluated");

    // A new assessment replaces the old one; the audit log keeps both.
    expect(await assessEvidence(moderator, { slug: SLUG, level: "impact", justification: "An independent study (2024) found higher enrolment in STEM tracks.", evidenceUrl: "" })).toEqual({ ok: true });
    expect((await getPublishedEntry(SLUG))?.evidence).toMatchObject({ level: "impact", evidenceUrl: null });
    expect(await db.evidenceAssessment.count({ where: { entryId: id } })).toBe(1);

    expect(await assessEvidence(moderator, { slug: SLUG, level: "none", justification: "The study was withdrawn by its authors." })).toEqual({ ok: true });
    expect((await getPublishedEntry(SLUG))?.evidence).toBeNull();
    expect((await readExportRecords([id]))[0]?.evidence_level).toBeNull();

    const trail = await auditTrail();
    expect(trail.map((e) => [e.action, e.actorId])).toEqual([
      ["entry.evidence_assessed", moderator.id],
      ["entry.evidence_assessed", moderator.id],
      ["entry.evidence_withdrawn", moderator.id],
    ]);
    expect(trail.map((e) => e.details)).toMatchObject([
      { level: "evaluated", previous: "none", evidenceUrl: REPORT },
      { level: "impact", previous: "evaluated" },
      { level: "none", previous: "impact", justification: "The study was withdrawn by its authors." },
    ]);
  });

  it("are refused by the database outside the rubric, whoever writes", async () => {
    const { id } = await db.entry.findUniqueOrThrow({ where: { slug: "quakesafe" }, select: { id: true } });
    await expect(db.evidenceAssessment.create({ data: { entryId: id, level: "proven", justification: "x" } })).rejects.toThrow();
    await expect(db.evidenceAssessment.create({ data: { entryId: id, level: "evaluated", justification: "x", evidenceUrl: "javascript:alert(1)" } })).rejects.toThrow();
    expect(await db.evidenceAssessment.count({ where: { entryId: id } })).toBe(0);
  });
});
