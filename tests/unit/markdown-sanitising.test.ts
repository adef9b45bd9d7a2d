import { describe, expect, it } from "vitest";
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
