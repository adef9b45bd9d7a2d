import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { clientMessages } from "../../lib/i18n/client-messages";
import en from "../../lib/i18n/messages/en.json";

// The form kit says a form's problems with the "validation" messages, in the
// browser. Every page does not carry them (lib/i18n/client-messages.ts), so a
// page whose client components reach the kit must add them: in a layout above
// it or around its forms, with <SectionMessages sections={[..."validation"...]}>.
// Without them, a form's error would read "validation.required".

const root = path.resolve(import.meta.dirname, "../..");
const KIT = ["components/forms/field-error.tsx", "components/forms/problem-text.ts"].map((file) => path.join(root, file));

function resolve(specifier: string, from: string): string | null {
  const base = specifier.startsWith("@/") ? path.join(root, specifier.slice(2)) : specifier.startsWith(".") ? path.resolve(path.dirname(from), specifier) : null;
  if (!base) return null;
  return ["", ".ts", ".tsx", "/index.ts", "/index.tsx"].map((ext) => base + ext).find((file) => fs.existsSync(file) && fs.statSync(file).isFile()) ?? null;
}

const read = (file: string) => fs.readFileSync(file, "utf8");

/** Every file of ours that `file` imports, directly or not. */
function closure(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file) || file.includes(`${path.sep}generated${path.sep}`)) return seen;
  seen.add(file);
  for (const [, specifier] of read(file).matchAll(/(?:from|import)\s*\(?\s*["']([^"']+)["']/g)) {
    const target = specifier ? resolve(specifier, file) : null;
    if (target) closure(target, seen);
  }
  return seen;
}

const isClient = (file: string) => /^\s*["']use client["']/.test(read(file));
const reachesKit = (file: string) => isClient(file) && KIT.some((kit) => closure(file).has(kit));

function pages(directory: string): string[] {
  return fs.readdirSync(directory, { withFileTypes: true }).flatMap((item) => {
    const full = path.join(directory, item.name);
    return item.isDirectory() ? pages(full) : item.name === "page.tsx" ? [full] : [];
  });
}

const addsValidation = (file: string) => /<SectionMessages\s+sections=\{\[[^\]]*"validation"/.test(read(file));

/** The page itself or a layout above it adds the messages. */
function covered(page: string): boolean {
  if (addsValidation(page)) return true;
  for (let directory = path.dirname(page); directory.startsWith(path.join(root, "app")); directory = path.dirname(directory)) {
    const layout = path.join(directory, "layout.tsx");
    if (fs.existsSync(layout) && addsValidation(layout)) return true;
  }
  return false;
}

describe("the form kit's messages in the browser", () => {
  it("are not sent with every page", () => {
    expect(Object.keys(clientMessages(en))).not.toContain("validation");
    expect(Object.keys(clientMessages(en, ["validation"]))).toContain("validation");
  });

  const withForms = pages(path.join(root, "app")).filter((page) => [...closure(page)].some(reachesKit));

  it("finds the pages with forms (the check below has something to check)", () => {
    const names = withForms.map((page) => path.relative(root, page));
    expect(names).toEqual(expect.arrayContaining([path.join("app", "[lang]", "entries", "[slug]", "page.tsx"), path.join("app", "[lang]", "auth", "sign-in", "page.tsx")]));
  });

  it("are added on every page whose client components reach the form kit", () => {
    expect(withForms.filter((page) => !covered(page)).map((page) => path.relative(root, page))).toEqual([]);
  });
});
