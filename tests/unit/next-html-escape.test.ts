import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";

// patches/next+16.4.6.patch makes Next.js's escaping of the RSC payload it
// inlines into each page (htmlEscapeJsonString) find its matches with the
// same expression but build the result without a callback per match: a third
// of the time on the statistics page's payload (ADR 027). This loads the
// function from the runtime the production server uses, and holds it to the
// original's output.

const runtime = readFileSync(createRequire(import.meta.url).resolve("next/dist/compiled/next-server/app-page-turbo.runtime.prod.js"), "utf8");

function loadEscapeModule(): { htmlEscapeJsonString: (text: string) => string; escapeHtml: (text: string) => string } {
  const start = runtime.indexOf('"./dist/esm/shared/lib/htmlescape.js"(e,t,r){');
  expect(start, "the htmlescape module is in the runtime").toBeGreaterThan(-1);
  const bodyStart = runtime.indexOf("{", start) + 1;
  const bodyEnd = runtime.indexOf('},"./dist/esm/', bodyStart);
  type Getters = { ui: () => (text: string) => string; eS: () => (text: string) => string };
  let exported: Getters | undefined;
  const define = { d: (_: unknown, getters: Getters) => (exported = getters) };
  new Function("e", "t", "r", runtime.slice(bodyStart, bodyEnd))({}, {}, define);
  if (!exported) throw new Error("the htmlescape module exported nothing");
  return { htmlEscapeJsonString: exported.ui(), escapeHtml: exported.eS() };
}

const ESCAPES: Record<string, string> = { "&": "\\u0026", ">": "\\u003e", "<": "\\u003c", "\u2028": "\\u2028", "\u2029": "\\u2029" };
const original = (text: string) => text.replace(/[&><\u2028\u2029]/g, (match) => ESCAPES[match] ?? match);

describe("Next.js's htmlEscapeJsonString, as patched", () => {
  const { htmlEscapeJsonString, escapeHtml } = loadEscapeModule();

  it("is the patched one", () => {
    expect(htmlEscapeJsonString.toString()).not.toContain(".replace(");
  });

  it("escapes exactly as the original", () => {
    const cases = ["", "plain", "<", ">", "&", "\u2028", "\u2029", "<<>>&&", 'a<b c="d">e&amp;f\u2028g\u2029</b>', "\ud800<\udfff", "x".repeat(5000) + "<"];
    for (const text of cases) expect(htmlEscapeJsonString(text)).toBe(original(text));
    // Random strings drawn mostly from the characters that matter, twice each (the expression is global: it must not keep state between calls).
    const alphabet = ["<", ">", "&", "\u2028", "\u2029", "a", "é", '"', "\\", "\ud83d\ude00", " "];
    let seed = 7;
    const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    for (let i = 0; i < 2000; i++) {
      const text = Array.from({ length: Math.floor(random() * 60) }, () => alphabet[Math.floor(random() * alphabet.length)] ?? "").join("");
      expect(htmlEscapeJsonString(text)).toBe(original(text));
      expect(htmlEscapeJsonString(text)).toBe(original(text));
    }
  });

  it("leaves the module's other escape alone", () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe("&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
  });
});
