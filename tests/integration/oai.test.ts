import { XMLParser, XMLValidator } from "fast-xml-parser";
import { beforeAll, describe, expect, it } from "vitest";
import { loadEntries } from "../../lib/catalogue/load";
import { entryInputSchema } from "../../lib/catalogue/schema";
import { storedTranslations } from "../../lib/catalogue/translations";
import { db } from "../../lib/db";
import { archiveEntry, restoreEntry } from "../../lib/submissions/archive";
import { createPerson } from "./support/people";
import { DEFAULT_REPOSITORY_IDENTIFIER } from "../../lib/oai/config";
import { oaiIdentifier } from "../../lib/oai/identifiers";
import { oaiResponse } from "../../lib/oai/respond";
import { absoluteUrl } from "../../lib/site-url";

// Every answer is parsed as XML and checked against OAI-PMH 2.0's rules.

const OAI = "http://www.openarchives.org/OAI/2.0/";
const HOSTILE_TITLE = `Robots </dc:title><script>alert('x')</script> & "friends" ]]> club`;
const DATESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;
const OLD = ["2001-02-03T04:05:06.500Z", "2001-02-03T04:05:07.000Z", "2001-06-30T23:59:59.999Z"];
const OLD_SLUGS = ["together-4-stem", "teknikcollege", "stem-at-home"];
const ARCHIVED = "kiezen-voor-stem";

// Elements the protocol lets repeat are read as lists even when there is one.
const REPEATED_PATHS = ["ListIdentifiers.header", "ListRecords.record", "ListSets.set", "header.setSpec", "ListMetadataFormats.metadataFormat", "OAI-PMH.error"];
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@_",
  parseTagValue: false,
  isArray: (name, jpath) => name.startsWith("dc:") || REPEATED_PATHS.some((p) => String(jpath).endsWith(p)),
});

type Node = Record<string, unknown>;
const asNode = (value: unknown): Node =>
  value !== null && typeof value === "object" && !Array.isArray(value) ? Object.fromEntries(Object.entries(value)) : {};
const text = (value: unknown): string => (typeof value === "string" ? value : String(asNode(value)["#text"] ?? ""));
const list = (value: unknown): Node[] => (Array.isArray(value) ? value.map(asNode) : []);
const texts = (value: unknown): string[] => (Array.isArray(value) ? value.map(text) : []);

type Answer = { status: number; contentType: string | null; xml: string; root: Node };

async function send(request: Request): Promise<Answer> {
  const response = await oaiResponse(request);
  const xml = await response.text();
  expect(XMLValidator.validate(xml)).toBe(true);
  const root = asNode(asNode(parser.parse(xml))["OAI-PMH"]);
  // Every answer, error or not, has the envelope the protocol requires.
  expect(root["@_xmlns"]).toBe(OAI);
  expect(root["@_xsi:schemaLocation"]).toBe(`${OAI} http://www.openarchives.org/OAI/2.0/OAI-PMH.xsd`);
  expect(text(root.responseDate)).toMatch(DATESTAMP);
  expect(text(root.request)).toBe(absoluteUrl("/oai"));
  return { status: response.status, contentType: response.headers.get("content-type"), xml, root };
}

const get = (query: string) => send(new Request(`http://localhost/oai?${query}`));

function errorOf(answer: Answer): string {
  expect(answer.status).toBe(200);
  const errors = list(answer.root.error);
  expect(errors).toHaveLength(1);
  expect(text(errors[0]).length).toBeGreaterThan(0);
  return String(errors[0]?.["@_code"]);
}

const headersOf = (answer: Answer, verb: string) => list(asNode(answer.root[verb]).header);
const recordsOf = (answer: Answer) => list(asNode(answer.root.ListRecords).record);
const slugOf = (header: Node) => text(header.identifier).split(":").at(-1) ?? "";

async function harvest(verb: "ListIdentifiers" | "ListRecords", query: string): Promise<{ headers: Node[]; pages: Answer[] }> {
  const pages: Answer[] = [];
  const headers: Node[] = [];
  let next = `verb=${verb}&${query}`;
  for (;;) {
    const page = await get(next);
    expect(page.root.error).toBeUndefined();
    pages.push(page);
    headers.push(...(verb === "ListRecords" ? recordsOf(page).map((r) => asNode(r.header)) : headersOf(page, verb)));
    const token = text(asNode(page.root[verb]).resumptionToken);
    if (!token) return { headers, pages };
    next = `verb=${verb}&resumptionToken=${encodeURIComponent(token)}`;
  }
}

beforeAll(async () => {
  await loadEntries(
    [
      entryInputSchema.parse({
        slug: "oai-hostile",
        kind: "resource",
        title: "A placeholder title for the hostile fixture",
        summary: "A fixture entry whose title is rewritten below with markup and control characters.",
        description: "This description exists so that the entry is long enough to be valid in the catalogue.",
        countries: ["BE"],
        levels: ["primary"],
        themes: ["mathematics"],
        sources: [{ title: "Test fixture" }],
      }),
    ],
    "test",
  );
  // Written behind the schema's back, as a careless import might: characters XML forbids included.
  await db.entry.update({ where: { slug: "oai-hostile" }, data: { title: `${HOSTILE_TITLE}\u0001\u001F` } });
  await db.entry.update({ where: { slug: ARCHIVED }, data: { archivedAt: new Date(), archiveReason: "test" } });
  for (const [i, slug] of OLD_SLUGS.entries()) {
    // Published and last changed in 2001: a datestamp is the latest of publication, change and archiving.
    await db.$executeRaw`UPDATE entries SET updated_at = ${OLD[i]}::timestamptz AT TIME ZONE 'UTC', published_at = ${OLD[i]}::timestamptz AT TIME ZONE 'UTC' WHERE slug = ${slug}`;
  }
});

describe("Identify", () => {
  it("describes the repository", async () => {
    const answer = await get("verb=Identify");
    expect(answer.status).toBe(200);
    expect(answer.contentType).toBe("text/xml; charset=utf-8");
    expect(asNode(answer.root.request)["@_verb"]).toBe("Identify");
    const identify = asNode(answer.root.Identify);
    expect(text(identify.repositoryName)).toBe("STEM Clearinghouse");
    expect(text(identify.baseURL)).toBe(absoluteUrl("/oai"));
    expect(text(identify.protocolVersion)).toBe("2.0");
    // OAI-PMH.xsd's emailType: no-reply@localhost, the old default, is refused.
    expect(text(identify.adminEmail)).toMatch(/^\S+@(\S+\.)+\S+$/);
    expect(text(identify.deletedRecord)).toBe("persistent");
    expect(text(identify.granularity)).toBe("YYYY-MM-DDThh:mm:ssZ");
    // The oldest datestamp is the entry moved back to 2001 above.
    expect(text(identify.earliestDatestamp)).toBe("2001-02-03T04:05:06Z");
    expect(Object.keys(identify)).toEqual(["repositoryName", "baseURL", "protocolVersion", "adminEmail", "earliestDatestamp", "deletedRecord", "granularity", "description"]);
    const scheme = asNode(asNode(identify.description)["oai-identifier"]);
    expect(scheme["@_xmlns"]).toBe("http://www.openarchives.org/OAI/2.0/oai-identifier");
    expect(text(scheme.repositoryIdentifier)).toBe(DEFAULT_REPOSITORY_IDENTIFIER);
    expect(text(scheme.sampleIdentifier)).toBe(`oai:${DEFAULT_REPOSITORY_IDENTIFIER}:an-entry-slug`);
  });

  it("keeps record identifiers when the site's address changes, while baseURL follows it", async () => {
    const before = process.env.NEXTAUTH_URL;
    const identifiersAt = async (address: string) => {
      process.env.NEXTAUTH_URL = address;
      const identify = asNode((await get("verb=Identify")).root.Identify);
      expect(text(identify.baseURL)).toBe(`${address}/oai`);
      return headersOf(await get("verb=ListIdentifiers&metadataPrefix=oai_dc&set=country:RO"), "ListIdentifiers").map((h) => text(h.identifier));
    };
    try {
      const local = await identifiersAt("http://localhost:3000");
      expect(local.length).toBeGreaterThan(0);
      for (const id of local) expect(id.startsWith(`oai:${DEFAULT_REPOSITORY_IDENTIFIER}:`)).toBe(true);
      expect(await identifiersAt("http://127.0.0.1:3106")).toEqual(local);
    } finally {
      if (before === undefined) delete process.env.NEXTAUTH_URL;
      else process.env.NEXTAUTH_URL = before;
    }
  });
});

describe("ListMetadataFormats and ListSets", () => {
  it("offer oai_dc, for the repository and for one item", async () => {
    for (const query of ["verb=ListMetadataFormats", `verb=ListMetadataFormats&identifier=${oaiIdentifier("quakesafe")}`]) {
      const formats = list(asNode((await get(query)).root.ListMetadataFormats).metadataFormat);
      expect(formats).toHaveLength(1);
      expect(text(formats[0]?.metadataPrefix)).toBe("oai_dc");
      expect(text(formats[0]?.schema)).toBe("http://www.openarchives.org/OAI/2.0/oai_dc.xsd");
      expect(text(formats[0]?.metadataNamespace)).toBe("http://www.openarchives.org/OAI/2.0/oai_dc/");
    }
    expect(errorOf(await get(`verb=ListMetadataFormats&identifier=${oaiIdentifier("no-such-entry")}`))).toBe("idDoesNotExist");
  });

  it("list a set per kind and per country, named by their labels", async () => {
    const sets = list(asNode((await get("verb=ListSets")).root.ListSets).set);
    const names = new Map(sets.map((s) => [text(s.setSpec), text(s.setName)]));
    expect(sets).toHaveLength(2 + 7 + 47);
    expect(names.get("kind")).toBe("Entries by kind");
    expect(names.get("kind:project-team")).toBe("Project team");
    expect(names.get("kind:event")).toBe("Event");
    expect(names.get("country:MK")).toBe("North Macedonia");
    expect(names.get("country:TR")).toBe("Türkiye");
  });
});

describe("ListIdentifiers and ListRecords", () => {
  it("select by set: the five project teams", async () => {
    const answer = await get("verb=ListIdentifiers&metadataPrefix=oai_dc&set=kind:project-team");
    const headers = headersOf(answer, "ListIdentifiers");
    const teams = await db.entry.findMany({ where: { kind: "project-team" }, select: { slug: true } });
    expect(teams).toHaveLength(5);
    expect(headers.map(slugOf).sort()).toEqual(teams.map((t) => t.slug).sort());
    expect(headers.map(slugOf)).toContain("quakesafe");
    for (const header of headers) expect(texts(header.setSpec)).toContain("kind:project-team");
    // A list that fits one answer has no resumption token.
    expect(asNode(answer.root.ListIdentifiers).resumptionToken).toBeUndefined();
    expect(asNode(answer.root.request)).toMatchObject({ "@_verb": "ListIdentifiers", "@_metadataPrefix": "oai_dc", "@_set": "kind:project-team" });
  });

  it("page through the whole catalogue with resumption tokens", async () => {
    const total = await db.entry.count();
    const { headers, pages } = await harvest("ListRecords", "metadataPrefix=oai_dc");
    expect(pages.length).toBe(Math.ceil(total / 50));
    expect(pages.length).toBeGreaterThan(1);
    const slugs = headers.map(slugOf);
    expect(slugs).toHaveLength(total);
    expect(new Set(slugs).size).toBe(total);
    // Ordered by datestamp, so a harvest can stop and resume anywhere.
    const stamps = headers.map((h) => text(h.datestamp));
    for (const stamp of stamps) expect(stamp).toMatch(DATESTAMP);
    expect([...stamps].sort()).toEqual(stamps);
    for (const [i, page] of pages.entries()) {
      const token = asNode(asNode(page.root.ListRecords).resumptionToken);
      expect(token["@_completeListSize"]).toBe(String(total));
      expect(token["@_cursor"]).toBe(String(i * 50));
      expect(recordsOf(page).length).toBe(i < pages.length - 1 ? 50 : total - 50 * i);
    }
    // The last page ends the list with an empty token.
    expect(text(asNode(pages.at(-1)?.root.ListRecords).resumptionToken)).toBe("");
    const identifiers = await harvest("ListIdentifiers", "metadataPrefix=oai_dc");
    expect(identifiers.headers.map(slugOf)).toEqual(slugs);
  });

  it("filter by from and until, at either granularity", async () => {
    const slugs = async (query: string) => (await harvest("ListIdentifiers", `metadataPrefix=oai_dc&${query}`)).headers.map(slugOf);
    expect(await slugs("from=2001-01-01&until=2001-12-31")).toEqual(OLD_SLUGS);
    expect(await slugs("until=2001-02-03")).toEqual(OLD_SLUGS.slice(0, 2));
    // Datestamps are whole seconds: 04:05:06.500 is shown, and selected, as 04:05:06.
    expect(await slugs("from=2001-02-03T04:05:06Z&until=2001-02-03T04:05:06Z")).toEqual(OLD_SLUGS.slice(0, 1));
    expect(await slugs("from=2001-02-03T04:05:07Z&until=2001-06-30T23:59:59Z")).toEqual(OLD_SLUGS.slice(1));
    const recent = await slugs("from=2002-01-01");
    expect(recent.length).toBe((await db.entry.count()) - OLD_SLUGS.length);
    expect(recent).not.toContain(OLD_SLUGS[0]);
    expect(errorOf(await get("verb=ListRecords&metadataPrefix=oai_dc&from=2999-01-01"))).toBe("noRecordsMatch");
    expect(errorOf(await get("verb=ListRecords&metadataPrefix=oai_dc&until=1999-12-31T23:59:59Z"))).toBe("noRecordsMatch");
    expect(errorOf(await get("verb=ListRecords&metadataPrefix=oai_dc&from=2024-01-01&until=2023-01-01"))).toBe("badArgument");
    expect(errorOf(await get("verb=ListRecords&metadataPrefix=oai_dc&from=2024-01-01&until=2024-02-01T00:00:00Z"))).toBe("badArgument");
  });

  it("keep a token's set and dates on later pages", async () => {
    const { headers } = await harvest("ListIdentifiers", "metadataPrefix=oai_dc&set=kind&from=2002-01-01");
    expect(headers.length).toBe((await db.entry.count()) - OLD_SLUGS.length);
    const countries = await harvest("ListIdentifiers", "metadataPrefix=oai_dc&set=country:RO");
    const romanian = await db.entry.count({ where: { countries: { has: "RO" } } });
    expect(countries.headers).toHaveLength(romanian);
    expect(errorOf(await get("verb=ListIdentifiers&metadataPrefix=oai_dc&set=country:XX"))).toBe("noRecordsMatch");
  });

  it("refuse garbled and altered resumption tokens", async () => {
    const first = await get("verb=ListRecords&metadataPrefix=oai_dc");
    const token = text(asNode(first.root.ListRecords).resumptionToken);
    expect(token).not.toBe("");
    const altered = `${token.slice(0, 10)}${token[10] === "A" ? "B" : "A"}${token.slice(11)}`;
    for (const bad of ["garbage", altered, `${token}=`]) {
      const answer = await get(`verb=ListRecords&resumptionToken=${encodeURIComponent(bad)}`);
      expect(errorOf(answer)).toBe("badResumptionToken");
      // Not a badArgument: the request element echoes the arguments.
      expect(asNode(answer.root.request)["@_verb"]).toBe("ListRecords");
      expect(asNode(answer.root.request)["@_resumptionToken"]).toBe(bad);
    }
    expect(errorOf(await get(`verb=ListIdentifiers&resumptionToken=${encodeURIComponent(token)}`))).toBe("badResumptionToken");
  });
});

describe("GetRecord", () => {
  it("gives an entry as Dublin Core", async () => {
    const answer = await get(`verb=GetRecord&metadataPrefix=oai_dc&identifier=${oaiIdentifier("quakesafe")}`);
    const record = asNode(asNode(answer.root.GetRecord).record);
    const header = asNode(record.header);
    expect(header["@_status"]).toBeUndefined();
    expect(text(header.identifier)).toBe(oaiIdentifier("quakesafe"));
    expect(text(header.identifier)).toMatch(/^oai:[^:]+:quakesafe$/);
    expect(text(header.datestamp)).toMatch(DATESTAMP);
    expect(texts(header.setSpec)).toEqual(["kind:project-team", "country:MK"]);
    const dc = asNode(asNode(record.metadata)["oai_dc:dc"]);
    expect(dc["@_xmlns:oai_dc"]).toBe("http://www.openarchives.org/OAI/2.0/oai_dc/");
    expect(dc["@_xmlns:dc"]).toBe("http://purl.org/dc/elements/1.1/");
    expect(dc["@_xsi:schemaLocation"]).toBe("http://www.openarchives.org/OAI/2.0/oai_dc/ http://www.openarchives.org/OAI/2.0/oai_dc.xsd");
    const entry = await db.entry.findUniqueOrThrow({ where: { slug: "quakesafe" } });
    // The seeded Macedonian translation gives a second title and description, each marked with its language.
    const mk = storedTranslations(entry.translations).mk;
    expect(texts(dc["dc:title"])).toEqual([entry.title, mk?.title]);
    expect(texts(dc["dc:description"])).toEqual([entry.summary, mk?.summary]);
    expect(list(dc["dc:title"]).map((t) => t["@_xml:lang"])).toEqual(["en", "mk"]);
    expect(list(dc["dc:description"]).map((t) => t["@_xml:lang"])).toEqual(["en", "mk"]);
    expect(texts(dc["dc:type"])).toEqual(["Project team"]);
    expect(texts(dc["dc:coverage"])).toEqual(["North Macedonia"]);
    expect(texts(dc["dc:subject"])).toEqual(expect.arrayContaining(["Earthquake and civil engineering", "Higher education", "Upper secondary"]));
    expect(texts(dc["dc:creator"])).toContain("Ss. Cyril and Methodius University in Skopje");
    expect(texts(dc["dc:identifier"])).toContain(absoluteUrl("/entries/quakesafe"));
    expect(texts(dc["dc:date"])).toEqual(["2024"]);
  });

  it("gives an event the DCMI type Event and its kind's set", async () => {
    const slug = "eu-stem-coalition-general-assemblies";
    const record = asNode(asNode((await get(`verb=GetRecord&metadataPrefix=oai_dc&identifier=${oaiIdentifier(slug)}`)).root.GetRecord).record);
    expect(texts(asNode(record.header).setSpec)).toEqual(["kind:event"]);
    expect(texts(asNode(asNode(record.metadata)["oai_dc:dc"])["dc:type"])).toEqual(["Event"]);
  });

  it("answers idDoesNotExist for unknown and foreign identifiers", async () => {
    for (const identifier of [oaiIdentifier("no-such-entry"), "oai:example.org:quakesafe", "quakesafe", `${oaiIdentifier("quakesafe")}<b>`]) {
      const answer = await get(`verb=GetRecord&metadataPrefix=oai_dc&identifier=${encodeURIComponent(identifier)}`);
      expect(errorOf(answer)).toBe("idDoesNotExist");
      expect(asNode(answer.root.request)["@_identifier"]).toBe(identifier);
      expect(answer.xml).not.toContain("<b>");
    }
  });

  it("keeps hostile text as text and drops characters XML forbids", async () => {
    const answer = await get(`verb=GetRecord&metadataPrefix=oai_dc&identifier=${oaiIdentifier("oai-hostile")}`);
    expect(answer.xml).not.toContain("<script>");
    const record = asNode(asNode(answer.root.GetRecord).record);
    expect(texts(asNode(asNode(record.metadata)["oai_dc:dc"])["dc:title"])).toEqual([HOSTILE_TITLE]);
  });
});

describe("archived entries", () => {
  it("stay as deleted records, dated by their archiving", async () => {
    const entry = await db.entry.findUniqueOrThrow({ where: { slug: ARCHIVED } });
    const archivedAt = entry.archivedAt ?? new Date(0);
    const answer = await get(`verb=GetRecord&metadataPrefix=oai_dc&identifier=${oaiIdentifier(ARCHIVED)}`);
    const record = asNode(asNode(answer.root.GetRecord).record);
    const header = asNode(record.header);
    expect(header["@_status"]).toBe("deleted");
    expect(text(header.datestamp)).toBe(archivedAt.toISOString().replace(/\.\d{3}Z$/, "Z"));
    expect(record.metadata).toBeUndefined();
    const { headers } = await harvest("ListIdentifiers", "metadataPrefix=oai_dc&set=kind:publication");
    const deleted = headers.filter((h) => h["@_status"] === "deleted").map(slugOf);
    expect(deleted).toEqual([ARCHIVED]);
    const records = recordsOf(await get(`verb=ListRecords&metadataPrefix=oai_dc&from=${text(header.datestamp)}`));
    const archived = records.find((r) => slugOf(asNode(r.header)) === ARCHIVED);
    expect(asNode(archived?.header)["@_status"]).toBe("deleted");
    expect(archived?.metadata).toBeUndefined();
  });
});

describe("restored entries", () => {
  it("come back as records dated by their restoring, so a harvester that saw the deletion sees them return", async () => {
    const moderator = await createPerson("moderator");
    const slug = "vario";
    expect(await archiveEntry(moderator, { slug, reason: "Checking whether it still runs." })).toEqual({ ok: true });
    const deletedHeader = asNode(asNode(asNode((await get(`verb=GetRecord&metadataPrefix=oai_dc&identifier=${oaiIdentifier(slug)}`)).root.GetRecord).record).header);
    expect(deletedHeader["@_status"]).toBe("deleted");
    await new Promise((resolve) => setTimeout(resolve, 1100)); // datestamps are in whole seconds
    expect(await restoreEntry(moderator, { slug, reason: "It still runs." })).toEqual({ ok: true });

    const from = text(deletedHeader.datestamp);
    const returned = recordsOf(await get(`verb=ListRecords&metadataPrefix=oai_dc&from=${from}`)).find((r) => slugOf(asNode(r.header)) === slug);
    const header = asNode(returned?.header);
    expect(header["@_status"]).toBeUndefined();
    expect(text(header.datestamp) > from).toBe(true);
    expect(returned?.metadata).toBeDefined();
  });
});

describe("protocol errors", () => {
  it("answer badVerb and badArgument with a bare request element", async () => {
    for (const [query, code] of [
      ["", "badVerb"],
      ["verb=Nope", "badVerb"],
      ["verb=Identify&verb=Identify", "badVerb"],
      ["verb=Identify&extra=<x>", "badArgument"],
      ["verb=GetRecord&identifier=x", "badArgument"],
      ["verb=ListRecords&metadataPrefix=oai_dc&resumptionToken=abc", "badArgument"],
    ]) {
      const answer = await get(query ?? "");
      expect(errorOf(answer)).toBe(code);
      expect(answer.contentType).toBe("text/xml; charset=utf-8");
      expect(typeof answer.root.request).toBe("string");
    }
  });

  it("answer cannotDisseminateFormat with the arguments echoed", async () => {
    const answer = await get(`verb=GetRecord&metadataPrefix=marc21&identifier=${oaiIdentifier("quakesafe")}`);
    expect(errorOf(answer)).toBe("cannotDisseminateFormat");
    expect(asNode(answer.root.request)["@_metadataPrefix"]).toBe("marc21");
  });

  it("take POSTed forms, and refuse other bodies", async () => {
    const post = (body: string, type: string) =>
      send(new Request("http://localhost/oai", { method: "POST", body, headers: { "content-type": type } }));
    const answer = await post("verb=ListIdentifiers&metadataPrefix=oai_dc&set=kind%3Aproject-team", "application/x-www-form-urlencoded");
    expect(headersOf(answer, "ListIdentifiers")).toHaveLength(5);
    expect(errorOf(await post(JSON.stringify({ verb: "Identify" }), "application/json"))).toBe("badArgument");
  });
});
