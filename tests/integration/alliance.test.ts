import { randomUUID } from "node:crypto";
import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { GET as getAlliance } from "../../app/api/v1/alliance/route";
import { apiAllianceDirectorySchema } from "../../lib/api/alliance-schema";
import { PEER_HEADER } from "../../lib/http/client-ip";
import { listAllianceMembers } from "../../lib/alliance/directory";
import { FOUNDING_MEMBERS } from "../../lib/alliance/founding-members";
import { db } from "../../lib/db";
import { ensureCatalogueOrganisations } from "../../lib/organisations/seed";
import { parseCsv } from "../support/csv";

// The Alliance's founding members and its public directory (issue 17), on a
// real PostgreSQL loaded with the catalogue: the page, the CSV and
// /api/v1/alliance read the same lib/alliance/directory.ts.

function request(url: string) {
  return new NextRequest(`http://localhost${url}`, { headers: { [PEER_HEADER]: `fd00::${randomUUID().slice(0, 4)}` } });
}

describe("founding members", () => {
  it("are every project team and national platform the seed names, as members since the project's launch", async () => {
    const { members, total } = await listAllianceMembers();
    expect(total).toBe(FOUNDING_MEMBERS.length);
    expect(members.map((m) => m.slug).sort()).toEqual(FOUNDING_MEMBERS.map((m) => m.slug).sort());
    const quakesafe = members.find((m) => m.slug === "quakesafe");
    expect(quakesafe).toMatchObject({ country: "MK", type: "university-research", joinedOn: "2024-03-01" });
    expect(quakesafe?.entries.map((e) => e.slug)).toContain("quakesafe");
    expect(quakesafe?.profile).toMatch(/earthquake engineering/);
  });

  it("include the national platforms catalogued as platforms, as organisations owning their own entry", async () => {
    const mint = await db.organisation.findUniqueOrThrow({ where: { slug: "mintvernetzt" }, select: { id: true, country: true, website: true, entries: { select: { slug: true } } } });
    expect(mint).toMatchObject({ country: "DE", website: "https://mint-vernetzt.de", entries: [{ slug: "mintvernetzt" }] });
  });

  it("are seeded once: running the seed again changes nothing, and leaves staff's changes alone", async () => {
    const before = await db.allianceMembership.findMany({ orderBy: { organisationId: "asc" } });
    const ucl = await db.organisation.findUniqueOrThrow({ where: { slug: "ucl-engineering" }, select: { id: true } });
    await db.organisation.update({ where: { id: ucl.id }, data: { profile: "A profile changed through a reviewed application." } });
    await ensureCatalogueOrganisations();
    await ensureCatalogueOrganisations();
    expect(await db.allianceMembership.findMany({ orderBy: { organisationId: "asc" } })).toEqual(before);
    expect((await db.organisation.findUniqueOrThrow({ where: { id: ucl.id } })).profile).toBe("A profile changed through a reviewed application.");
  });
});

describe("the directory", () => {
  it("filters by country and type, and counts all current members by country", async () => {
    const romania = await listAllianceMembers({ country: "RO" });
    expect(romania.members.map((m) => m.slug)).toEqual(["unesco-microscience-experiments-romania"]);
    expect(romania.byCountry.find((c) => c.value === "DE")?.count).toBe(3);
    const platforms = await listAllianceMembers({ type: "national-stem-platform" });
    expect(platforms.members.length).toBe(6);
    expect(platforms.members.every((m) => m.type === "national-stem-platform")).toBe(true);
    expect((await listAllianceMembers({ country: "IS" })).members).toEqual([]);
  });

  it("never shows an organisation's relay address, only which entry takes messages", async () => {
    const eited = await db.organisation.update({ where: { slug: "eited" }, data: { contactEmail: "office@eited.example.org" } });
    const body = await (await getAlliance(request("/api/v1/alliance"))).text();
    expect(body).not.toContain("office@eited.example.org");
    const member = (await listAllianceMembers({ country: "BG" })).members.find((m) => m.slug === "eited");
    expect(member?.contactEntry).toBe("eited");
    await db.organisation.update({ where: { id: eited.id }, data: { contactEmail: null } });
  });

  it("is served as JSON in the documented shape, and refuses unknown filters with 400", async () => {
    const response = await getAlliance(request("/api/v1/alliance?country=MT"));
    expect(response.status).toBe(200);
    const body = apiAllianceDirectorySchema.parse(JSON.parse(await response.text()));
    expect(body.members.map((m) => m.slug)).toEqual(["teaching-primary-mathematics-through-problem-solving-lesson-study"]);
    const bad = await getAlliance(request("/api/v1/alliance?type=club&format=xml"));
    expect(bad.status).toBe(400);
    expect(JSON.parse(await bad.text()).error.details).toHaveLength(2);
  });

  it("downloads as CSV with a header, one quoted row per member and a named file", async () => {
    const response = await getAlliance(request("/api/v1/alliance?format=csv&type=national-stem-platform"));
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toMatch(/filename="stem-alliance-national-stem-platform-\d{4}-\d{2}-\d{2}\.csv"/);
    const [header, ...rows] = parseCsv(await response.text());
    expect(header).toEqual(["slug", "name", "country", "type", "joined_on", "profile", "website", "priorities", "entries"]);
    expect(rows).toHaveLength(6);
    const teknik = rows.find((r) => r[0] === "teknikcollege");
    expect(teknik?.slice(2, 5)).toEqual(["SE", "national-stem-platform", "2024-03-01"]);
    expect(teknik?.[7]).toBe("capabilities; knowledge-sharing");
  });
});
