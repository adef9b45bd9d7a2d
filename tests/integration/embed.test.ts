import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it } from "vitest";
import { GET as embedList } from "../../app/embed/list/route";
import { loadEntries } from "../../lib/catalogue/load";
import { entryInputSchema } from "../../lib/catalogue/schema";
import { db } from "../../lib/db";
import { archiveEntry } from "../../lib/submissions/archive";
import { XSS_PAYLOADS } from "../support/xss-payloads";
import { createPerson } from "./support/people";

const get = (qs: string) => embedList(new NextRequest(`http://localhost/embed/list${qs}`));

const base = {
  kind: "programme",
  summary: "A fixture for the embeddable list, in Andorra so that it is alone there.",
  description: "This description exists so that the fixture is long enough to be a valid catalogue entry.",
  countries: ["AD"],
  levels: ["primary"],
  themes: ["mathematics"],
  sources: [{ title: "Test fixture" }],
};

beforeAll(async () => {
  await db.$executeRaw`UPDATE entries SET countries = array_remove(countries, 'AD')`;
  await loadEntries(
    [
      entryInputSchema.parse({ ...base, slug: "embed-hostile", title: `Robots ${XSS_PAYLOADS[0]} ${XSS_PAYLOADS[1]}`, summary: `${XSS_PAYLOADS[3]} in a summary that is long enough.` }),
      entryInputSchema.parse({ ...base, slug: "embed-plain", title: "Plain embed fixture" }),
      entryInputSchema.parse({ ...base, slug: "embed-archived", title: "Archived embed fixture" }),
    ],
    "test",
  );
  const archived = await archiveEntry(await createPerson("moderator"), { slug: "embed-archived", reason: "Archived by the embed tests." });
  expect(archived.ok).toBe(true);
});

describe("GET /embed/list", () => {
  it("answers a small HTML page of the filtered public entries that any site may frame, with no cookie", async () => {
    const response = await get("?country=ad&kind=programme&level=primary");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(response.headers.get("set-cookie")).toBeNull();
    expect(response.headers.get("cache-control")).toBe("public, max-age=300");
    const csp = response.headers.get("content-security-policy") ?? "";
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("frame-ancestors *");
    expect(csp).toMatch(/style-src 'sha256-[\w+/=]+'/);
    const html = await response.text();
    expect(html).toContain("<h1>STEM Clearinghouse: programmes in Andorra for primary</h1>");
    expect(html).toMatch(/href="http:\/\/[^"]+\/entries\/embed-plain" target="_blank" rel="noopener">Plain embed fixture<\/a>/);
    expect(html).not.toContain("Archived embed fixture");
    expect(html.match(/<li>/g)).toHaveLength(2);
    expect(html).toMatch(/href="http:\/\/[^"]+\/search\?country=AD&amp;level=primary&amp;kind=programme"/);
  });

  it("escapes catalogue text: no payload becomes markup", async () => {
    const html = await (await get("?country=AD")).text();
    expect(html).toContain("Robots &lt;script&gt;");
    // Every tag in the page is one of the template's own, with only its own attributes.
    const tags = new Set([...html.matchAll(/<\/?([a-z0-9!]+)/gi)].map((m) => m[1]?.toLowerCase()));
    expect([...tags].sort()).toEqual(["!doctype", "a", "body", "h1", "head", "html", "li", "main", "meta", "ol", "p", "span", "style", "title"]);
    const attributes = new Set([...html.matchAll(/<[a-z0-9]+((?:\s+[a-z-]+="[^"]*")*)\s*>/gi)].flatMap((m) => [...(m[1] ?? "").matchAll(/\s([a-z-]+)="/gi)].map((a) => a[1])));
    expect([...attributes].sort()).toEqual(["charset", "class", "content", "href", "lang", "name", "rel", "target"]);
  });

  it("shows at most the limit, with a link to all of them, and the embedder's heading", async () => {
    const html = await (await get("?country=AD&limit=1&heading=Our%20picks%20%3Cb%3E")).text();
    expect(html.match(/<li>/g)).toHaveLength(1);
    expect(html).toContain("<h1>Our picks &lt;b&gt;</h1>");
    expect(html).toContain(">All 2 on the STEM Clearinghouse</a>");
  });

  it("speaks the language asked for: heading, kinds, countries, links and its own words", async () => {
    const response = await get("?country=AD&kind=programme&lang=fr");
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('<html lang="fr">');
    expect(html).toContain("<h1>STEM Clearinghouse : Programme · Andorre</h1>");
    expect(html).toMatch(/href="http:\/\/[^"]+\/fr\/entries\/embed-plain" target="_blank" rel="noopener">Plain embed fixture<\/a>/);
    expect(html).toContain("Andorre");
    expect(html).toMatch(/href="http:\/\/[^"]+\/fr\/search\?country=AD&amp;kind=programme"/);
    expect(html).toContain(">Ouvrir le STEM Clearinghouse</a>");
    const empty = await (await get("?country=AD&theme=earthquake-engineering&lang=mk")).text();
    expect(empty).toContain("Сè уште нема записи што одговараат на оваа листа.");
  });

  it("says so when nothing matches", async () => {
    const response = await get("?country=AD&theme=earthquake-engineering");
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain("No entries match this list yet.");
    expect(html).not.toContain("<ol>");
  });

  it.each([
    ["?limit=0", "limit must be between 1 and 20."],
    ["?limit=many", "limit must be a whole number."],
    ["?country=%3Cscript%3E", "Unknown country “&lt;script&gt;”."],
    ["?sort=random", "Unknown sort"],
    ["?lang=xx", "lang must be one of en, de, fr, nl, ro, mk, es, it."],
  ])("%s gets a 400 page naming the problem", async (qs, message) => {
    const response = await get(qs);
    expect(response.status).toBe(400);
    expect(response.headers.get("content-security-policy")).toContain("frame-ancestors *");
    const html = await response.text();
    expect(html).toContain(message);
    expect(html).not.toContain("<script");
  });

  it("refuses an absurdly long address with 414", async () => {
    const response = await get(`?q=${"a".repeat(5000)}`);
    expect(response.status).toBe(414);
    expect(await response.text()).toContain("The address of this list is too long.");
  });
});
