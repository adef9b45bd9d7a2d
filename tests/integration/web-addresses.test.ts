import fs from "node:fs";
import path from "node:path";
import { randomUUID } from "node:crypto";
import { stringify } from "csv-stringify/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../../lib/auth/permissions";
import { db } from "../../lib/db";
import { WEB_ADDRESS_MESSAGE } from "../../lib/forms/web-address";
import { checkImport } from "../../lib/imports/check";
import { getImport } from "../../lib/imports/views";
import { saveDraft, submitProposal } from "../../lib/submissions/proposals";
import { createPerson, organisationId } from "./support/people";
import { startDraft } from "./support/proposals";

// Only http and https addresses are stored (issue 10, item 7): the forms,
// the import and the database itself refuse javascript: and data: addresses.

let member: Actor;
let moderator: Actor;
let quakesafe: string;

beforeAll(async () => {
  member = await createPerson("member", ["quakesafe"]);
  moderator = await createPerson("moderator");
  quakesafe = await organisationId("quakesafe");
});

afterAll(async () => {
  await db.$disconnect();
});

const draft = () => startDraft(member, quakesafe);

describe("the entry editor", () => {
  it("refuses a javascript: website on save and a data: source on submit, with a field message", async () => {
    const { id, content } = await draft();
    const saved = await saveDraft(member, { id, expectedVersion: 1, content: { ...content, website: "javascript:alert(1)" } });
    expect(saved).toMatchObject({ ok: false, code: "invalid", fieldErrors: { website: [WEB_ADDRESS_MESSAGE] } });

    const sent = await submitProposal(member, {
      id,
      expectedVersion: 1,
      content: { ...content, sources: [{ title: "Handbook", url: "data:text/html,<script>alert(1)</script>" }] },
    });
    expect(sent.ok).toBe(false);
    expect(sent.ok ? {} : sent.fieldErrors).toHaveProperty(["sources.0.url"]);
    expect(sent.ok ? [] : sent.fieldErrors?.["sources.0.url"]?.[0]).toMatch(/https:\/\//);
  });
});

describe("the bulk import", () => {
  const HEADER = ["kind", "title", "summary", "description", "countries", "levels", "themes", "website", "source_title", "source_url"];
  const row = (extra: Record<string, string>) => ({
    kind: "programme",
    title: `Address check ${randomUUID().slice(0, 8)}`,
    summary: "Pupils build model bridges and test how much weight they carry.",
    description: "A travelling workshop for lower secondary schools, with kits lent to teachers.",
    countries: "MK",
    levels: "lower-secondary",
    themes: "hands-on-experiments",
    website: "https://example.org",
    source_title: "Workshop report",
    source_url: "https://example.org/report",
    ...extra,
  });

  it("reports a javascript: cell as an error of its column", async () => {
    const bytes = new TextEncoder().encode(stringify([row({ website: "javascript:alert(1)" }), row({ source_url: "JavaScript:alert(1)" })], { header: true, columns: HEADER }));
    const result = await checkImport(moderator, { fileName: "entries.csv", bytes, options: { mode: "proposals", organisationId: quakesafe, skipDuplicates: "yes" } });
    if (!result.ok) throw new Error(result.message);
    const view = await getImport(moderator, result.id);
    const errors = view?.rows.map((r) => r.errors);
    expect(errors?.[0]).toContainEqual({ column: "website", message: "“javascript:alert(1)” is not a web address (it starts with https://)." });
    expect(errors?.[1]?.map((e) => e.column)).toContain("source_url");
  });

  it("refuses a javascript: address for the source given beside the file", async () => {
    const bytes = new TextEncoder().encode(stringify([row({})], { header: true, columns: HEADER }));
    const result = await checkImport(moderator, {
      fileName: "entries.csv",
      bytes,
      options: { mode: "proposals", organisationId: quakesafe, skipDuplicates: "yes", sourceTitle: "Our list", sourceUrl: "javascript:alert(1)" },
    });
    expect(result).toMatchObject({ ok: false });
    expect(result.ok ? {} : result.fieldErrors).toHaveProperty("sourceUrl");
  });
});

describe("the database", () => {
  const entry = (data: { website?: string; sources?: object[] }) =>
    db.entry.create({
      data: { slug: `raw-${randomUUID().slice(0, 8)}`, kind: "resource", title: "Raw", summary: "Written around the app.", description: "Written around the app.", ...data },
    });

  it("refuses a javascript: website or a data: source written around the app", async () => {
    await expect(entry({ website: "javascript:alert(1)" })).rejects.toThrow(/entries_website_check/);
    await expect(entry({ sources: [{ title: "x", url: "data:text/html,x" }] })).rejects.toThrow(/entries_sources_check/);
    await expect(entry({ website: "https://example.org/a", sources: [{ title: "x", url: "http://example.org" }, { title: "y" }] })).resolves.toBeDefined();
  });

  it("neutralises addresses stored before the migration", async () => {
    // Undo the migration in this test's own database, store bad values, then apply it again.
    await db.$executeRawUnsafe(`ALTER TABLE entries DROP CONSTRAINT entries_website_check, DROP CONSTRAINT entries_sources_check`);
    await db.$executeRawUnsafe(`ALTER TABLE proposals DROP CONSTRAINT proposals_content_addresses_check`);
    // Later migrations' constraints use the functions too (evidence, events, the Alliance): CASCADE
    // drops them with the functions, whichever migration added them; this test re-applies only its own.
    await db.$executeRawUnsafe(`DROP FUNCTION web_addresses_ok(jsonb), web_address_ok(text) CASCADE`);
    const bad = await entry({ website: "javascript:alert(1)", sources: [{ title: "Kept", url: "data:text/html,x" }, { title: "Fine", url: "https://example.org" }] });
    const { id } = await draft();
    await db.proposal.update({ where: { id }, data: { content: { kind: "programme", title: "Bad", website: " javascript:alert(1)", sources: [{ title: "T", url: "data:x" }] } } });

    const sql = fs.readFileSync(path.join("prisma/migrations/20261202120000_web_addresses/migration.sql"), "utf8");
    // Split on semicolons as Prisma's JavaScript engine does.
    for (const statement of sql.split(";").map((s) => s.trim()).filter((s) => s.replace(/--.*$/gm, "").trim() !== "")) {
      await db.$executeRawUnsafe(statement);
    }
    await db.$executeRawUnsafe(`ALTER TABLE evidence_assessments ADD CONSTRAINT evidence_assessments_evidence_url CHECK (public.web_address_ok(evidence_url))`);
    await db.$executeRawUnsafe(`ALTER TABLE evidence_proposals ADD CONSTRAINT evidence_proposals_url CHECK (public.web_address_ok(url) AND length(url) <= 2000)`);

    const cleaned = await db.entry.findUniqueOrThrow({ where: { id: bad.id } });
    expect(cleaned.website).toBeNull();
    expect(cleaned.sources).toEqual([{ title: "Kept" }, { title: "Fine", url: "https://example.org" }]);
    const proposal = await db.proposal.findUniqueOrThrow({ where: { id } });
    expect(proposal.content).toEqual({ kind: "programme", title: "Bad", sources: [{ title: "T" }] });
    await expect(entry({ website: "data:text/html,x" })).rejects.toThrow(/entries_website_check/);
  });
});
