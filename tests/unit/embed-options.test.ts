import { describe, expect, it } from "vitest";
import { EMBED_DEFAULT_LIMIT, embedHeading, embedQueryString, parseEmbedParams } from "../../lib/embed/options";
import { embedFrame, embedFrameHeight, embedSnippet } from "../../lib/embed/snippet";

const parse = (qs: string) => parseEmbedParams(new URLSearchParams(qs));

describe("embed options", () => {
  it("reads a search, a limit and a heading, and always shows the first page", () => {
    const { options, problems } = parse("kind=programme&country=ro&level=primary&limit=8&page=3&heading=  Our%20picks  ");
    expect(problems).toEqual([]);
    expect(options.query.filters).toEqual({ country: ["RO"], level: ["primary"], theme: [], kind: ["programme"], evidence: [], freshness: [] });
    expect(options.query.page).toBe(1);
    expect(options.query.pageSize).toBe(8);
    expect(options.limit).toBe(8);
    expect(options.heading).toBe("Our picks");
  });

  it("defaults to five entries and a heading named after the search", () => {
    const { options } = parse("kind=programme&country=RO&level=primary");
    expect(options.limit).toBe(EMBED_DEFAULT_LIMIT);
    expect(embedHeading(options)).toBe("STEM Clearinghouse: programmes in Romania for primary");
  });

  it.each([
    ["limit=0", /between 1 and 20/],
    ["limit=21", /between 1 and 20/],
    ["limit=2.5", /whole number/],
    ["limit=lots", /whole number/],
    ["country=XX", /Unknown country/],
    ["lang=xx", /lang must be one of en, de, fr, nl, ro, mk, es, it/],
    ["lang=DE", /lang must be one of/],
    [`heading=${"h".repeat(81)}`, /at most 80 characters/],
  ])("%s is a problem, named", (qs, message) => {
    const { problems } = parse(qs);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(message);
  });

  it("reads the list's language, English unless asked, and keeps it in the canonical query string", () => {
    expect(parse("country=RO").options.lang).toBe("en");
    expect(parse("country=RO&lang=").options.lang).toBe("en");
    const { options, problems } = parse("country=RO&lang=ro");
    expect(problems).toEqual([]);
    expect(options.lang).toBe("ro");
    expect(embedQueryString(options)).toBe("?country=RO&lang=ro");
    expect(parse(embedQueryString(options).slice(1)).options).toEqual(options);
    expect(embedQueryString(parse("country=RO&lang=en").options)).toBe("?country=RO");
    expect(embedFrame(options).src).toMatch(/\/embed\/list\?country=RO&lang=ro$/);
  });

  it("writes a canonical query string that parses back to the same options", () => {
    const { options } = parse("theme=mathematics&kind=resource&kind=programme&sort=title&limit=3&heading=Maths");
    const qs = embedQueryString(options);
    expect(qs).toBe("?theme=mathematics&kind=resource&kind=programme&sort=title&limit=3&heading=Maths");
    expect(parse(qs.slice(1)).options).toEqual(options);
    expect(embedQueryString(parse("").options)).toBe("");
  });
});

describe("embed snippet", () => {
  it("is a sandboxed frame without scripts, sized to the list, with the heading escaped", () => {
    const { options } = parse(`country=RO&limit=2&heading=${encodeURIComponent(`"><script>alert(1)</script>`)}`);
    const snippet = embedSnippet(embedFrame(options));
    expect(snippet).toMatch(/^<iframe src="http:\/\/[^"]+\/embed\/list\?country=RO&amp;limit=2&amp;heading=[^"]+" /);
    expect(snippet).toContain(`title="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"`);
    expect(snippet).not.toContain("<script");
    expect(snippet).toContain(`sandbox="allow-popups allow-popups-to-escape-sandbox"`);
    expect(snippet).not.toContain("allow-scripts");
    expect(snippet).not.toContain("allow-same-origin");
    expect(embedFrame(options).height).toBeLessThan(embedFrame(parse("limit=3").options).height);
  });
});

describe("embed frame height", () => {
  it("fits the entries the list shows, not the limit, and a heading that wraps", () => {
    const { options } = parse("country=RO&limit=10");
    expect(embedFrame(options, 2).height).toBe(embedFrame(parse("country=RO&limit=2").options).height);
    expect(embedFrame(options, 2).height).toBeLessThan(embedFrame(options).height);
    expect(embedFrame(options, 50).height).toBe(embedFrame(options).height);
    // An empty list still has room for its note and link.
    expect(embedFrame(options, 0).height).toBeGreaterThan(embedFrameHeight("", 0));
    expect(embedFrameHeight("x".repeat(80), 3)).toBeGreaterThan(embedFrameHeight("Maths", 3));
    expect(embedFrameHeight("Maths", 3)).toBeGreaterThan(embedFrameHeight("", 3));
  });
});
