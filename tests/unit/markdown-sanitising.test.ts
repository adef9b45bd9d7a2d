import { marked } from "marked";
import { afterEach, describe, expect, it, vi } from "vitest";
import { renderMarkdown } from "../../lib/catalogue/markdown";
import { XSS_PAYLOADS } from "../support/xss-payloads";

describe("Markdown descriptions", () => {
  it.each(XSS_PAYLOADS)("never carry script or handlers: %s", (payload) => {
    const html = renderMarkdown(`Before\n\n${payload}\n\nAfter`);
    expect(html).not.toMatch(/<script|<iframe|<svg|<style|<math|<img/i);
    // Payload text may remain, escaped; what matters is that no tag carries it.
    expect(html).not.toMatch(/<[^>]*\son\w+\s*=/i);
    expect(html).not.toMatch(/<[^>]*javascript:/i);
  });

  it("marks links as user content", () => {
    expect(renderMarkdown("[site](https://example.org)")).toBe(
      '<p><a href="https://example.org" rel="nofollow ugc noopener">site</a></p>\n',
    );
  });
});

describe("Markdown rendering cache", () => {
  afterEach(() => vi.restoreAllMocks());

  it("parses a text once, however often it is shown, and another text anew", () => {
    const parse = vi.spyOn(marked, "parse");
    const text = `A description seen ${Math.random()} times`;
    const first = renderMarkdown(text);
    expect(renderMarkdown(text)).toBe(first);
    expect(parse).toHaveBeenCalledTimes(1);
    expect(renderMarkdown(`${text}, edited`)).toBe(`<p>${text}, edited</p>\n`);
    expect(parse).toHaveBeenCalledTimes(2);
  });
});

describe("an empty text", () => {
  it("renders to nothing, twice, without the cache refusing it", () => {
    expect(renderMarkdown("")).toBe("");
    expect(renderMarkdown("")).toBe("");
  });
});
