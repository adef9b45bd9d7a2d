import { XMLParser, XMLValidator } from "fast-xml-parser";
import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it } from "vitest";
import { loadEntries } from "../../lib/catalogue/load";
import { entryInputSchema, type EntryInput } from "../../lib/catalogue/schema";
import { db } from "../../lib/db";
import { buildFeed, FEED_SIZE } from "../../lib/feeds/build-feed";
import { feedResponse } from "../../lib/feeds/respond";
import { emptyFilters } from "../../lib/search/query";
import { buildSitemap } from "../../lib/seo/sitemap";

const HOSTILE_TITLE = `Robots <script>alert("x")</script> & ]]> club ]]> end`;
const HOSTILE_SUMMARY = `A summary with </description> ]]> and <b>markup</b> & an ampersand, long enough.`;

function fixture(overrides: Partial<EntryInput> & Pick<EntryInput, "slug" | "title">): EntryInput {
  return {
    kind: "programme",
    summary: "A fixture entry used by the feed tests of the clearinghouse.",
    description: "This description exists so that the entry is long enough to be valid in the catalogue.",
    countries: ["RO"],
    levels: ["primary"],
    themes: ["mathematics"],
    sources: [{ title: "Test fixture" }],
    ...overrides,
  };
}

const REPEATED = new Set(["rss.channel.item", "rss.channel.item.category", "feed.link", "feed.entry", "feed.entry.link", "feed.entry.category"]);
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@_",
  parseTagValue: false,
  isArray: (_name, jpath) => REPEATED.has(String(jpath)),
});

type Node = Record<string, unknown>;
const asNode = (value: unknown): Node => (value && typeof value === "object" ? (value as Node) : {});
const text = (value: unknown): string => (typeof value === "string" ? value : String(asNode(value)["#text"] ?? ""));
const list = (value: unknown): Node[] => (Array.isArray(value) ? value.map(asNode) : []);
/** Atom type="html" and RSS text are escaped HTML: this is what a reader shows. */
const unescapeHtml = (s: string) => s.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&amp;/g, "&");

function parse(xml: string): Node {
  expect(XMLValidator.validate(xml)).toBe(true);
  return parser.parse(xml) as Node;
}

const RFC_822 = /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} GMT$/;
const RFC_3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

beforeAll(async () => {
  await loadEntries(
    [
      fixture({ slug: "feed-hostile", title: HOSTILE_TITLE, summary: HOSTILE_SUMMARY }),
      fixture({ slug: "feed-archived", title: "Archived feed fixture" }),
      fixture({ slug: "feed-belgium", title: "Belgian feed fixture", countries: ["BE"] }),
    ].map((f) => entryInputSchema.parse(f)),
    "test",
  );
  // Archived behind the search index's back: the feed must still leave it out.
  await db.entry.update({ where: { slug: "feed-archived" }, data: { archivedAt: new Date() } });
});

const romanianProgrammes = { q: "", filters: { ...emptyFilters(), country: ["RO"], kind: ["programme"] } };

describe("RSS 2.0", () => {
  it("has the channel and item elements the specification requires", async () => {
    const rss = asNode(parse(await buildFeed(romanianProgrammes, "rss")).rss);
    expect(rss["@_version"]).toBe("2.0");
    const channel = asNode(rss.channel);
    expect(text(channel.title)).toBe("STEM Clearinghouse: programmes in Romania");
    expect(text(channel.link)).toMatch(/^https?:\/\/[^/]+\/search\?country=RO&kind=programme$/);
    expect(text(channel.description)).not.toBe("");
    const items = list(channel.item);
    expect(items.length).toBeGreaterThan(0);
    expect(items.length).toBeLessThanOrEqual(FEED_SIZE);
    for (const item of items) {
      const link = text(item.link);
      expect(link).toMatch(/^https?:\/\/[^/]+\/entries\/[a-z0-9-]+$/);
      expect(text(item.guid)).toBe(link);
      expect(text(item.pubDate)).toMatch(RFC_822);
      expect(text(item.title)).not.toBe("");
      expect(list(item.category).map(text)).toContain("Romania");
    }
    const slugs = items.map((i) => text(i.link).split("/").at(-1));
    expect(slugs).toContain("feed-hostile");
    expect(slugs).not.toContain("feed-archived");
    expect(slugs).not.toContain("feed-belgium");
  });

  it("keeps hostile text as text", async () => {
    const xml = await buildFeed(romanianProgrammes, "rss");
    expect(xml).not.toContain("<script>");
    const item = list(asNode(asNode(parse(xml).rss).channel).item).find((i) => text(i.link).endsWith("/feed-hostile"));
    expect(unescapeHtml(text(item?.title))).toBe(HOSTILE_TITLE);
    expect(unescapeHtml(text(item?.description))).toBe(HOSTILE_SUMMARY);
  });
});

describe("feeds in another interface language (?lang=)", () => {
  it("name the search, its categories and its links in that language", async () => {
    const response = await feedResponse(new NextRequest("http://localhost/feeds/rss?country=ro&kind=programme&lang=de"), "rss");
    expect(response.status).toBe(200);
    const channel = asNode(asNode(parse(await response.text()).rss).channel);
    expect(text(channel.title)).toBe("STEM Clearinghouse: Programm · Rumänien");
    expect(text(channel.language)).toBe("de");
    expect(text(channel.link)).toMatch(/^https?:\/\/[^/]+\/de\/search\?country=RO&kind=programme$/);
    expect(text(channel.description)).toContain("Die neuesten Einträge");
    const items = list(channel.item);
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) {
      expect(text(item.link)).toMatch(/^https?:\/\/[^/]+\/de\/entries\/[a-z0-9-]+$/);
      expect(list(item.category).map(text)).toContain("Rumänien");
    }
  });

  it("keep English at the feed's own address, and refuse an unknown language", async () => {
    const english = await buildFeed(romanianProgrammes, "atom", "en");
    expect(english).toBe(await buildFeed(romanianProgrammes, "atom"));
    const response = await feedResponse(new NextRequest("http://localhost/feeds/atom?country=ro&lang=xx"), "atom");
    expect(response.status).toBe(400);
    expect(await response.text()).toContain("Unknown lang");
  });
});

describe("Atom", () => {
  it("has the feed and entry elements the specification requires", async () => {
    const feed = asNode(parse(await buildFeed(romanianProgrammes, "atom")).feed);
    expect(feed["@_xmlns"]).toBe("http://www.w3.org/2005/Atom");
    expect(text(feed.id)).toMatch(/\/feeds\/atom\?country=RO&kind=programme$/);
    expect(text(feed.title)).toBe("STEM Clearinghouse: programmes in Romania");
    expect(text(feed.updated)).toMatch(RFC_3339);
    expect(list(feed.link).some((l) => l["@_rel"] === "self")).toBe(true);
    expect(text(asNode(feed.author).name)).toBe("STEM Clearinghouse");
    const entries = list(feed.entry);
    expect(entries.length).toBeGreaterThan(0);
    for (const entry of entries) {
      expect(text(entry.id)).toMatch(/^https?:\/\/[^/]+\/entries\/[a-z0-9-]+$/);
      expect(text(entry.title)).not.toBe("");
      expect(text(entry.updated)).toMatch(RFC_3339);
      expect(text(entry.published)).toMatch(RFC_3339);
      expect(list(entry.link)[0]?.["@_href"]).toBe(text(entry.id));
    }
    const hostile = entries.find((e) => text(e.id).endsWith("/feed-hostile"));
    expect(asNode(hostile?.title)["@_type"]).toBe("html");
    expect(unescapeHtml(text(hostile?.title))).toBe(HOSTILE_TITLE);
    expect(unescapeHtml(text(hostile?.summary))).toBe(HOSTILE_SUMMARY);
    expect(entries.some((e) => text(e.id).endsWith("/feed-archived"))).toBe(false);
  });
});

describe("site-wide feeds", () => {
  it("list the newest published entries of the whole catalogue", async () => {
    const search = { q: "", filters: emptyFilters() };
    const channel = asNode(asNode(parse(await buildFeed(search, "rss")).rss).channel);
    expect(text(channel.title)).toBe("STEM Clearinghouse: newest entries");
    const items = list(channel.item);
    // The archived fixture is among the newest the search finds, and is left out.
    expect(items).toHaveLength(FEED_SIZE - 1);
    const published = items.map((i) => Date.parse(text(i.pubDate)));
    expect([...published].sort((a, b) => b - a)).toEqual(published);
    const feed = asNode(parse(await buildFeed(search, "atom")).feed);
    expect(list(feed.entry)).toHaveLength(FEED_SIZE - 1);
  });
});

describe("the feed routes' answers", () => {
  it("serve XML with its content type and a cache lifetime", async () => {
    const response = await feedResponse(new NextRequest("http://localhost/feeds/atom?country=ro&kind=programme"), "atom");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/atom+xml; charset=utf-8");
    expect(response.headers.get("cache-control")).toBe("public, max-age=300");
    expect(await response.text()).toContain("<feed");
  });

  it.each(["rss", "atom"] as const)("give %s an ETag and Last-Modified, and answer 304 while the reader's copy is current", async (format) => {
    const url = `http://localhost/feeds/${format}?country=ro`;
    const first = await feedResponse(new NextRequest(url), format);
    const etag = first.headers.get("etag");
    const lastModified = first.headers.get("last-modified");
    expect(etag).toMatch(/^"[\w-]+"$/);
    expect(lastModified).toMatch(/^\w{3}, \d{2} \w{3} \d{4} \d{2}:\d{2}:\d{2} GMT$/);

    const current: Record<string, string>[] = [{ "if-none-match": etag ?? "" }, { "if-none-match": `"other", W/${etag}` }, { "if-modified-since": lastModified ?? "" }];
    for (const headers of current) {
      const again = await feedResponse(new NextRequest(url, { headers }), format);
      expect(again.status).toBe(304);
      expect(await again.text()).toBe("");
      expect(again.headers.get("etag")).toBe(etag);
      expect(again.headers.get("last-modified")).toBe(lastModified);
    }
    // If-None-Match decides when both are sent; an older date or another tag gets the whole feed.
    const stale: Record<string, string>[] = [
      { "if-none-match": '"other"', "if-modified-since": lastModified ?? "" },
      { "if-modified-since": new Date(Date.parse(lastModified ?? "") - 1000).toUTCString() },
      { "if-modified-since": "not a date" },
    ];
    for (const headers of stale) expect((await feedResponse(new NextRequest(url, { headers }), format)).status).toBe(200);
  });

  it("answer 200 again once the catalogue changes, even when the change leaves this feed", async () => {
    const url = "http://localhost/feeds/rss?country=ro";
    const before = await feedResponse(new NextRequest(url), "rss");
    const since = before.headers.get("last-modified") ?? "";
    // An entry of another country, changed after the reader's copy: this feed's own items are the same.
    await db.entry.update({ where: { slug: "feed-belgium" }, data: { updatedAt: new Date(Date.parse(since) + 2000) } });
    const after = await feedResponse(new NextRequest(url, { headers: { "if-modified-since": since } }), "rss");
    expect(after.status).toBe(200);
    expect(Date.parse(after.headers.get("last-modified") ?? "")).toBeGreaterThan(Date.parse(since));
  });

  it("of entries by evidence level or freshness go by ETag alone: those change without any entry's content changing", async () => {
    for (const qs of ["freshness=stale&country=ro", "evidence=not-assessed"]) {
      const url = `http://localhost/feeds/rss?${qs}`;
      const first = await feedResponse(new NextRequest(url), "rss");
      expect(first.headers.get("last-modified"), qs).toBeNull();
      const tomorrow = new Date(Date.now() + 86_400_000).toUTCString();
      expect((await feedResponse(new NextRequest(url, { headers: { "if-modified-since": tomorrow } }), "rss")).status, qs).toBe(200);
      expect((await feedResponse(new NextRequest(url, { headers: { "if-none-match": first.headers.get("etag") ?? "" } }), "rss")).status, qs).toBe(304);
    }
    const title = /<title>([^<]*)<\/title>/.exec(await (await feedResponse(new NextRequest("http://localhost/feeds/rss?freshness=stale&country=ro"), "rss")).text())?.[1];
    expect(title).toBe("STEM Clearinghouse: entries in Romania not verified for 24 months or more");
  });

  it("keep the same ETag for a feed with no entries", async () => {
    const url = "http://localhost/feeds/atom?q=zzxqvnothingmatches";
    const tags = [];
    for (let i = 0; i < 2; i++) tags.push((await feedResponse(new NextRequest(url), "atom")).headers.get("etag"));
    expect(tags[0]).toBeTruthy();
    expect(tags[1]).toBe(tags[0]);
  });

  it("refuse bad parameters with a 400 and the API's error envelope", async () => {
    const response = await feedResponse(new NextRequest("http://localhost/feeds/rss?country=XX&theme=<b>"), "rss");
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe("invalid_query");
    expect(body.error.message).toContain("Unknown country");
  });
});

describe("the sitemap", () => {
  it("lists published entries and the pages of countries with entries, not archived entries", async () => {
    const urls = (await buildSitemap()).map((u) => new URL(u.url).pathname);
    expect(urls).toEqual(expect.arrayContaining(["/", "/search", "/about", "/statistics", "/embed", "/api-docs", "/entries/quakesafe", "/entries/feed-hostile", "/countries/ro"]));
    expect(urls).not.toContain("/entries/feed-archived");
    // Andorra has no entries in the catalogue: its page would be empty.
    expect(urls).not.toContain("/countries/ad");
    expect(new Set(urls).size).toBe(urls.length);
  });
});
