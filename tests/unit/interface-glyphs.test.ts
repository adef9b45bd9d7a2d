import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// Every symbol the interface types must exist in the fonts of our stack's
// fallback (DejaVu Sans, as on Debian and many Linux desktops); otherwise
// readers see an empty box. Each character below was checked with
// `fc-list ':charset=<hex>' family`. Letters and marks of real words are not
// symbols and are not checked; anything else new needs checking, or an SVG.
const IN_DEJAVU_SANS = new Set([..."²·×–—’“”…€→⚠✎✓✕"]);

const ROOTS = ["app", "components", "lib"];
const SKIP = new Set(["generated", "node_modules"]);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const full = path.join(dir, d.name);
    if (d.isDirectory()) return SKIP.has(d.name) ? [] : sourceFiles(full);
    return /\.(tsx?|css)$/.test(d.name) ? [full] : [];
  });
}

describe("interface glyphs", () => {
  it("use only symbols that our fonts have", () => {
    const missing: string[] = [];
    for (const file of ROOTS.flatMap(sourceFiles)) {
      for (const ch of readFileSync(file, "utf8").match(/[^\x00-\x7F]/gu) ?? []) {
        if (/\p{L}|\p{M}/u.test(ch) || IN_DEJAVU_SANS.has(ch)) continue;
        missing.push(`${file}: ${ch} U+${ch.codePointAt(0)?.toString(16).toUpperCase()}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
