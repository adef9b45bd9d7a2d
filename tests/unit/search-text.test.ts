import { describe, expect, it } from "vitest";
import { escapeHtml, highlightToHtml, parseHighlight } from "../../lib/search/highlight";
import { normaliseQueryText } from "../../lib/search/text";

describe("normaliseQueryText", () => {
  it("folds compatibility forms and removes control characters", () => {
    expect(normaliseQueryText("ＳＴＥＭ\u0000\u200b  lab")).toBe("STEM lab");
  });
});

describe("highlighting", () => {
  it("turns engine markers into segments", () => {
    expect(parseHighlight("Quake\u0002safe\u0003 schools")).toEqual([
      { text: "Quake", match: false },
      { text: "safe", match: true },
      { text: " schools", match: false },
    ]);
  });

  it("escapes text when producing HTML", () => {
    const html = highlightToHtml(parseHighlight("<b>\u0002x&y\u0003</b>"));
    expect(html).toBe("&#60;b&#62;<mark>x&#38;y</mark>&#60;/b&#62;");
    expect(escapeHtml(`"'`)).toBe("&#34;&#39;");
  });
});
