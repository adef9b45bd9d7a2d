import { randomUUID } from "node:crypto";
import { NextRequest } from "next/server";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { GET as getEntry } from "../../app/api/v1/entries/[slug]/route";
import { GET as listEntries } from "../../app/api/v1/entries/route";
import { GET as getOpenApi } from "../../app/api/v1/openapi.json/route";
import { GET as search } from "../../app/api/v1/search/route";
import { GET as getVocabularies } from "../../app/api/v1/vocabularies/route";
import { matchesIfNoneMatch } from "../../lib/api/conditional";
import { PEER_HEADER } from "../../lib/http/client-ip";
import { apiEntryListSchema, apiEntryResponseSchema, apiErrorSchema, apiGoneSchema, apiSearchResultSchema, apiVocabulariesSchema } from "../../lib/api/schemas";
import { loadEntries } from "../../lib/catalogue/load";
import { entryInputSchema } from "../../lib/catalogue/schema";
import { archiveEntry } from "../../lib/submissions/archive";
import { searchCatalogue } from "../../lib/search";
import { parseSearchParams } from "../../lib/search/query";
import { createPerson } from "./support/people";

/** A unique address (IPv6, unique local), as our web server would pass on the socket's peer. */
function randomPeer(): string {
  const hex = randomUUID().replace(/-/g, "");
  return ["fd00", ...[0, 4, 8, 12, 16, 20, 24].map((at) => hex.slice(at, at + 4))].join(":");
}

/** A request from its own client address, so that rate limits of other tests do not interfere. */
function request(url: string, headers: Record<string, string> = {}) {
  const absolute = url.startsWith("http") ? url : `http://localhost${url}`;
  return new NextRequest(absolute, { headers: { [PEER_HEADER]: randomPeer(), ...headers } });
}

const slugParams = (slug: string) => ({ params: Promise.resolve({ slug }) });

async function json(response: Response): Promise<unknown> {
  return JSON.parse(await response.text());
}

beforeAll(async () => {
  const fixture = {
    kind: "programme",
    summary: "An entry archived by the open API tests of the clearinghouse.",
    description: "This description exists so that the fixture is long enough to be a valid catalogue entry.",
    countries: ["RO"],
    levels: ["primary"],
    themes: ["mathematics"],
    sources: [{ title: "Test fixture" }],
  };
  await loadEntries([entryInputSchema.parse({ ...fixture, slug: "api-archived", title: "Archived API fixture" })], "test");
  // Archived the way moderators do it, which also takes it out of the search.
  const archived = await archiveEntry(await createPerson("moderator"), { slug: "api-archived", reason: "Made for the open API tests.", successor: "quakesafe" });
  if (!archived.ok) throw new Error(archived.message);
});

afterEach(() => {
  delete process.env.API_RATE_LIMIT_PER_MINUTE;
});

describe("GET /api/v1/entries", () => {
  it.each(["country=RO", "kind=programme&kind=resource&sort=title", "q=stem&level=primary", ""])("%s has the search's total and order", async (qs) => {
    const response = await listEntries(request(`/api/v1/entries?${qs}`));
    expect(response.status).toBe(200);
    const body = apiEntryListSchema.parse(await json(response));
    const { query } = parseSearchParams(new URLSearchParams(qs));
    const expected = await searchCatalogue(query);
    expect(body.total).toBe(expected.total);
    expect(body.data.map((e) => e.slug)).toEqual(expected.hits.map((h) => h.slug));
    expect(body.data.every((e) => /^https?:\/\/[^/]+\/entries\/[a-z0-9-]+$/.test(e.url))).toBe(true);
  });

  it("walks every page with links.next and back with links.prev", async () => {
    const { query } = parseSearchParams(new URLSearchParams("country=RO"));
    const total = (await searchCatalogue(query)).total;
    const pageSize = Math.max(1, Math.ceil(total / 3));
    let url: string | null = `/api/v1/entries?country=RO&pageSize=${pageSize}`;
    const pages: { slugs: string[]; prev: string | null; self: string }[] = [];
    while (url) {
      const response = await listEntries(request(url));
      const body = apiEntryListSchema.parse(await json(response));
      expect(response.headers.get("link")).toContain(`<${body.links.self}>; rel="self"`);
      pages.push({ slugs: body.data.map((e) => e.slug), prev: body.links.prev, self: body.links.self });
      url = body.links.next;
      expect(pages.length).toBeLessThanOrEqual(4);
    }
    const slugs = pages.flatMap((p) => p.slugs);
    expect(slugs).toHaveLength(total);
    expect(new Set(slugs).size).toBe(total);
    expect(pages[0]?.prev).toBeNull();
    const last = pages.at(-1);
    const before = pages.at(-2);
    if (last?.prev && before) {
      const back = apiEntryListSchema.parse(await json(await listEntries(request(last.prev))));
      expect(back.links.self).toBe(before.self);
      expect(back.data.map((e) => e.slug)).toEqual(before.slugs);
    }
  });

  it("refuses bad parameters with the error envelope", async () => {
    const response = await listEntries(request("/api/v1/entries?country=XX&pageSize=101"));
    expect(response.status).toBe(400);
    const body = apiErrorSchema.parse(await json(response));
    expect(body.error.code).toBe("invalid_query");
    expect(body.error.details).toHaveLength(2);
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
  });
});

describe("GET /api/v1/entries/{slug}", () => {
  it("answers the public shape of one entry, without internal fields", async () => {
    const response = await getEntry(request("/api/v1/entries/quakesafe"), slugParams("quakesafe"));
    expect(response.status).toBe(200);
    const raw = await json(response);
    const { data } = apiEntryResponseSchema.parse(raw);
    expect(data.slug).toBe("quakesafe");
    expect(data.description.length).toBeGreaterThan(0);
    const text = JSON.stringify(raw);
    for (const field of ["id", "organisationId", "archivedAt", "sourceAuthor", "createdById"]) {
      expect(text).not.toContain(`"${field}":`);
    }
    expect(data.organisations.every((o) => data.links.some((l) => l.role === "organisation" && l.slug === o.slug))).toBe(true);
  });

  it.each(["no-such-entry", "Not A Slug"])("%s answers 404 with the error envelope", async (slug) => {
    const response = await getEntry(request(`/api/v1/entries/${encodeURIComponent(slug)}`), slugParams(slug));
    expect(response.status).toBe(404);
    expect(apiErrorSchema.parse(await json(response)).error.code).toBe("not_found");
  });

  it("answers 410 for an archived entry, with when, why and its successor in the error envelope", async () => {
    const response = await getEntry(request("/api/v1/entries/api-archived"), slugParams("api-archived"));
    expect(response.status).toBe(410);
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    const { error } = apiGoneSchema.parse(await json(response));
    expect(error).toMatchObject({ code: "gone", archived: { slug: "api-archived", title: "Archived API fixture", reason: "Made for the open API tests." } });
    expect(error.archived.successor).toMatchObject({ slug: "quakesafe", url: expect.stringMatching(/\/entries\/quakesafe$/) });
    expect(Date.parse(error.archived.archivedAt)).toBeLessThanOrEqual(Date.now());
    // Nothing else of the entry is public any more.
    expect(JSON.stringify(error)).not.toContain("An entry archived by the open API tests");
  });

  it("leaves archived entries out of lists too", async () => {
    const body = apiEntryListSchema.parse(await json(await listEntries(request("/api/v1/entries?q=archived+api+fixture"))));
    expect(body.data.map((e) => e.slug)).not.toContain("api-archived");
  });
});

describe("GET /api/v1/vocabularies", () => {
  it("lists every term with counts that add up to the published catalogue", async () => {
    const body = apiVocabulariesSchema.parse(await json(await getVocabularies(request("/api/v1/vocabularies"))));
    const all = apiEntryListSchema.parse(await json(await listEntries(request("/api/v1/entries?pageSize=1"))));
    // Every entry has exactly one kind.
    expect(body.kind.reduce((sum, t) => sum + t.count, 0)).toBe(all.total);
    expect(body.kind.find((t) => t.value === "programme")?.label).toBe("Programme");
    const romania = body.country.find((t) => t.value === "RO");
    const ro = apiEntryListSchema.parse(await json(await listEntries(request("/api/v1/entries?country=RO&pageSize=1"))));
    expect(romania?.count).toBe(ro.total);
    expect(body.theme.every((t) => t.count >= 0 && t.label.length > 0)).toBe(true);
  });

  it("labels the terms in the language asked for, with the same values and counts", async () => {
    const english = apiVocabulariesSchema.parse(await json(await getVocabularies(request("/api/v1/vocabularies"))));
    const german = apiVocabulariesSchema.parse(await json(await getVocabularies(request("/api/v1/vocabularies?lang=de"))));
    expect(german.country.find((t) => t.value === "DE")?.label).toBe("Deutschland");
    expect(german.level.find((t) => t.value === "primary")?.label).toBe("Primarstufe");
    expect(german.kind.find((t) => t.value === "programme")?.label).toBe("Programm");
    const strip = (v: typeof english) => Object.values(v).map((terms) => terms.map(({ value, count }) => ({ value, count })));
    expect(strip(german)).toEqual(strip(english));
    const macedonian = apiVocabulariesSchema.parse(await json(await getVocabularies(request("/api/v1/vocabularies?lang=MK"))));
    expect(macedonian.country.find((t) => t.value === "MK")?.label).toBe("Северна Македонија");
  });

  it("refuses a language it does not have, saying which it has", async () => {
    const response = await getVocabularies(request("/api/v1/vocabularies?lang=%3Cb%3Exx"));
    expect(response.status).toBe(400);
    const body = await json(response);
    expect(JSON.stringify(body)).toContain("invalid_language");
    expect(JSON.stringify(body)).toContain("de, fr");
    // The value is quoted inside a JSON string, never as markup.
    expect(response.headers.get("content-type")).toContain("application/json");
  });
});

describe("GET /api/v1/search?lang=", () => {
  it("labels the facets in the language asked for, with the same values, counts and hits", async () => {
    const url = "/api/v1/search?q=stem&country=RO";
    const english = apiSearchResultSchema.parse(await json(await search(request(url))));
    const german = apiSearchResultSchema.parse(await json(await search(request(`${url}&lang=de`))));
    expect(english.facets.country.find((t) => t.value === "RO")?.label).toBe("Romania");
    expect(german.facets.country.find((t) => t.value === "RO")?.label).toBe("Rumänien");
    expect(german.facets.kind.find((t) => t.value === "programme")?.label).toBe("Programm");
    const strip = (facets: typeof english.facets) =>
      Object.fromEntries(Object.entries(facets).map(([facet, terms]) => [facet, terms.map(({ value, count }) => `${value}:${count}`).sort()]));
    expect(strip(german.facets)).toEqual(strip(english.facets));
    expect(german.hits).toEqual(english.hits);
    expect(german.total).toBe(english.total);
  });

  it("gives the English labels without lang and refuses a language it does not have", async () => {
    const plain = await json(await search(request("/api/v1/search?q=stem")));
    const explicit = await json(await search(request("/api/v1/search?q=stem&lang=en")));
    expect(explicit).toEqual(plain);
    const response = await search(request("/api/v1/search?q=stem&lang=xx"));
    expect(response.status).toBe(400);
    expect(apiErrorSchema.parse(await json(response)).error.code).toBe("invalid_language");
  });

  it("is described in the OpenAPI document", async () => {
    const document = await json(await getOpenApi(request("/api/v1/openapi.json")));
    const parameters = resolvePointer(document, "#/paths/~1search/get/parameters");
    expect(JSON.stringify(parameters)).toContain("lang");
  });

  it("filters by evidence level and freshness, described in the OpenAPI document with their values", async () => {
    const body = apiSearchResultSchema.parse(await json(await search(request("/api/v1/search?evidence=not-assessed&freshness=current&pageSize=3"))));
    expect(body.hits.map((h) => h.evidenceLevel)).toEqual([null, null, null]);
    expect(body.facets.evidence.find((c) => c.value === "not-assessed")?.count).toBe(body.total);
    const document = await json(await getOpenApi(request("/api/v1/openapi.json")));
    for (const operation of ["search", "entries", "export"]) {
      const parameters = JSON.stringify(resolvePointer(document, `#/paths/~1${operation}/get/parameters`));
      expect(parameters, operation).toContain("#/components/parameters/evidence");
      expect(parameters, operation).toContain("#/components/parameters/freshness");
    }
    expect(JSON.stringify(resolvePointer(document, "#/components/parameters/evidence"))).toContain('"enum":["impact","evaluated","described","not-assessed"]');
    expect(JSON.stringify(resolvePointer(document, "#/components/parameters/freshness"))).toContain('"enum":["current","due","stale"]');
    const hit = resolvePointer(document, "#/components/schemas/SearchHit/properties/evidenceLevel");
    expect(JSON.stringify(hit)).toContain("#/components/schemas/EvidenceLevel");
    const facets = resolvePointer(document, "#/components/schemas/SearchResult/properties/facets/properties");
    expect(isObject(facets) && Object.keys(facets)).toEqual(["country", "level", "theme", "kind", "evidence", "freshness"]);
  });
});

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
const isObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

/** Every $ref anywhere in the document. */
function refs(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(refs);
  if (!isObject(value)) return [];
  return Object.entries(value).flatMap(([key, child]) => (key === "$ref" && typeof child === "string" ? [child] : refs(child)));
}

/** Follows a local JSON Pointer ("#/components/schemas/Entry") through the document. */
function resolvePointer(document: unknown, pointer: string): unknown {
  if (!pointer.startsWith("#/")) return undefined;
  return pointer
    .slice(2)
    .split("/")
    .map((part) => part.replaceAll("~1", "/").replaceAll("~0", "~"))
    .reduce<unknown>((node, part) => (isObject(node) ? node[part] : undefined), document);
}

describe("GET /api/v1/openapi.json", () => {
  it("is an OpenAPI 3.1 document whose references all resolve", async () => {
    const response = await getOpenApi(request("/api/v1/openapi.json"));
    expect(response.status).toBe(200);
    const document: Json = JSON.parse(await response.text());
    if (!isObject(document)) throw new Error("not an object");
    expect(document.openapi).toMatch(/^3\.1\.\d+$/);
    expect(isObject(document.info) && typeof document.info.title === "string" && typeof document.info.version === "string").toBe(true);
    const servers = Array.isArray(document.servers) ? document.servers : [];
    expect(isObject(servers[0]) ? servers[0].url : undefined).toMatch(/^https?:\/\/[^/]+\/api\/v1$/);
    const paths = isObject(document.paths) ? document.paths : {};
    expect(Object.keys(paths).sort()).toEqual(["/alliance", "/entries", "/entries/{slug}", "/export", "/search", "/vocabularies"]);
    for (const item of Object.values(paths)) {
      const get = isObject(item) && isObject(item.get) ? item.get : {};
      expect(isObject(get.responses) && "200" in get.responses).toBe(true);
    }
    const schemas = resolvePointer(document, "#/components/schemas");
    expect(isObject(schemas) && Object.keys(schemas)).toEqual(expect.arrayContaining(["Entry", "EntryList", "Vocabularies", "Error", "SearchResult", "ExportRecord", "AllianceMember", "AllianceDirectory"]));
    const entry = resolvePointer(document, "#/components/schemas/Entry");
    expect(isObject(entry) && isObject(entry.properties) && Object.keys(entry.properties)).toContain("publishedAt");
    expect(resolvePointer(document, "#/components/responses/TooManyRequests")).toBeDefined();
    const all = refs(document);
    expect(all.length).toBeGreaterThan(20);
    for (const pointer of all) expect(resolvePointer(document, pointer), pointer).toBeDefined();
    expect(JSON.stringify(document)).not.toContain('"$id"');
  });
});

describe("conditional requests and headers", () => {
  it.each([
    ["/api/v1/entries/quakesafe", () => getEntry(request("/api/v1/entries/quakesafe"), slugParams("quakesafe"))],
    ["/api/v1/entries?country=RO", () => listEntries(request("/api/v1/entries?country=RO"))],
    ["/api/v1/vocabularies", () => getVocabularies(request("/api/v1/vocabularies"))],
    ["/api/v1/search?q=stem", () => search(request("/api/v1/search?q=stem"))],
  ] as const)("%s sends an ETag, CORS and caching, and answers 304 when it matches", async (url, first) => {
    const response = await first();
    expect(response.status).toBe(200);
    const etag = response.headers.get("etag");
    expect(etag).toMatch(/^"[A-Za-z0-9_-]{27}"$/);
    expect(response.headers.get("cache-control")).toBe("public, max-age=60");
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    expect(response.headers.get("access-control-expose-headers")).toContain("ETag");
    expect(response.headers.get("access-control-expose-headers")).toContain("Retry-After");
    if (url.includes("search")) expect(response.headers.get("x-search-engine")).toBe("postgres");

    for (const ifNoneMatch of [etag ?? "", `W/${etag}`, `"other", ${etag}`, "*"]) {
      const again = url.includes("/entries/")
        ? await getEntry(request(url, { "if-none-match": ifNoneMatch }), slugParams("quakesafe"))
        : url.includes("vocabularies")
          ? await getVocabularies(request(url, { "if-none-match": ifNoneMatch }))
          : url.includes("search")
            ? await search(request(url, { "if-none-match": ifNoneMatch }))
            : await listEntries(request(url, { "if-none-match": ifNoneMatch }));
      expect(again.status, ifNoneMatch).toBe(304);
      expect(await again.text()).toBe("");
      expect(again.headers.get("etag")).toBe(etag);
      expect(again.headers.get("access-control-allow-origin")).toBe("*");
    }
    const stale = url.includes("/entries/")
      ? await getEntry(request(url, { "if-none-match": '"stale"' }), slugParams("quakesafe"))
      : await listEntries(request("/api/v1/entries?country=RO", { "if-none-match": '"stale"' }));
    expect(stale.status).toBe(200);
  });

  it("compares entity tags weakly, in lists", () => {
    expect(matchesIfNoneMatch('W/"a", "b"', '"a"')).toBe(true);
    expect(matchesIfNoneMatch('"b" , "c"', '"c"')).toBe(true);
    expect(matchesIfNoneMatch('"ab"', '"a"')).toBe(false);
    expect(matchesIfNoneMatch("", '"a"')).toBe(false);
    expect(matchesIfNoneMatch(null, '"a"')).toBe(false);
  });
});

describe("rate limit", () => {
  it("answers 429 with Retry-After once a client has spent its minute", async () => {
    process.env.API_RATE_LIMIT_PER_MINUTE = "3";
    const client = { [PEER_HEADER]: `192.0.2.${Math.floor(Math.random() * 250) + 1}` };
    const statuses: number[] = [];
    let limited: Response | undefined;
    // Up to two extra tries, in case a minute boundary falls between the requests.
    for (let i = 0; i < 6 && !limited; i++) {
      const response = await getVocabularies(request("/api/v1/vocabularies", client));
      statuses.push(response.status);
      if (response.status === 429) limited = response;
    }
    expect(statuses.slice(0, 3)).toEqual([200, 200, 200]);
    if (!limited) throw new Error(`never limited: ${statuses.join(", ")}`);
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
    expect(Number(limited.headers.get("retry-after"))).toBeLessThanOrEqual(60);
    expect(limited.headers.get("access-control-allow-origin")).toBe("*");
    expect(apiErrorSchema.parse(await json(limited)).error.code).toBe("rate_limited");

    // Another client still has its own budget; so do other endpoints share this one.
    expect((await getVocabularies(request("/api/v1/vocabularies"))).status).toBe(200);
    expect((await search(request("/api/v1/search?q=stem", client))).status).toBe(429);
    // A made-up X-Forwarded-For changes nothing: no proxy is trusted.
    expect((await search(request("/api/v1/search?q=stem", { ...client, "x-forwarded-for": "198.51.100.77" }))).status).toBe(429);
  });
});
