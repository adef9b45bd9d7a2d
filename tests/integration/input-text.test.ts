import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../../lib/auth/permissions";
import { db } from "../../lib/db";
import { checkImport } from "../../lib/imports/check";
import { getImport } from "../../lib/imports/views";
import { createOrganisation } from "../../lib/organisations/admin";
import { contentFromFormData } from "../../lib/submissions/form-data";
import { createProposal, saveDraft } from "../../lib/submissions/proposals";
import { createPerson, organisationId } from "./support/people";

// Odd text from requests on a real PostgreSQL (issue 10, items 10 and 14):
// a NUL byte used to end in PostgreSQL error 22021 and a 500; spoofing
// characters used to be stored in titles and organisation names.

let member: Actor;
let admin: Actor;
let moderator: Actor;
let quakesafe: string;

beforeAll(async () => {
  member = await createPerson("member", ["quakesafe"]);
  admin = await createPerson("admin");
  moderator = await createPerson("moderator");
  quakesafe = await organisationId("quakesafe");
});

afterAll(async () => {
  await db.$disconnect();
});

function form(entries: [string, string][]): FormData {
  const data = new FormData();
  for (const [key, value] of entries) data.append(key, value);
  return data;
}

describe("a NUL byte", () => {
  it("in a draft's title or summary is dropped, and the draft saves", async () => {
    const created = await createProposal(member, { organisationId: quakesafe, content: { kind: "programme", title: `Nul test ${randomUUID().slice(0, 8)}` } });
    if (!created.ok) throw new Error(created.message);
    const content = contentFromFormData(form([["kind", "programme"], ["title", "Bridges\u0000 club"], ["summary", "Pupils build\u0000 bridges and test how much they carry."]]));
    await expect(saveDraft(member, { id: created.id, expectedVersion: 1, content })).resolves.toEqual({ ok: true, version: 2 });
    const stored = await db.proposal.findUniqueOrThrow({ where: { id: created.id } });
    expect(stored.title).toBe("Bridges club");
    expect(stored.content).toMatchObject({ summary: "Pupils build bridges and test how much they carry." });
  });

  it("in an imported CSV cell is dropped, and the file is checked", async () => {
    const csv = `kind,title,summary,description,source_title\nprogramme,Nul\u0000 import ${randomUUID().slice(0, 8)},Pupils build bridges\u0000 and test them.,A travelling workshop\u0000 for schools.,Report\n`;
    const result = await checkImport(moderator, { fileName: "e.csv", bytes: new TextEncoder().encode(csv), options: { mode: "proposals", organisationId: quakesafe, skipDuplicates: "yes" } });
    if (!result.ok) throw new Error(result.message);
    const view = await getImport(moderator, result.id);
    expect(view?.state).toBe("checked");
    expect(view?.rows[0]?.errors).toEqual([]);
    expect(view?.rows[0]?.title).toMatch(/^Nul import /);
  });
});

describe("spoofing characters", () => {
  it("are stripped from an organisation's name, keeping right-to-left letters", async () => {
    const slug = `rtl-${randomUUID().slice(0, 8)}`;
    const created = await createOrganisation(admin, { name: "\u202Eمركز\u200B العلوم\u2069 Skopje", slug, country: "MK" });
    expect(created).toEqual({ ok: true, slug });
    expect((await db.organisation.findUniqueOrThrow({ where: { slug } })).name).toBe("مركز العلوم Skopje");
  });

  it("are stripped from a draft's title", async () => {
    const created = await createProposal(member, { organisationId: quakesafe, content: { kind: "programme", title: "\u2066Maths\u200D trails \u202Efdp.exe" } });
    if (!created.ok) throw new Error(created.message);
    expect((await db.proposal.findUniqueOrThrow({ where: { id: created.id } })).title).toBe("Maths trails fdp.exe");
  });
});
