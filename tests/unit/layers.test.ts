import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// Layers point down: app/ routes and renders, components/ present, lib/ decides.
// Server actions reach components as props from their page.

const root = path.resolve(import.meta.dirname, "../..");

function sourceFiles(directory: string): string[] {
  return fs.readdirSync(directory, { withFileTypes: true }).flatMap((item) => {
    const full = path.join(directory, item.name);
    if (item.isDirectory()) return item.name === "generated" ? [] : sourceFiles(full);
    return /\.(ts|tsx|mjs)$/.test(item.name) ? [full] : [];
  });
}

function importsOfApp(file: string): string[] {
  const text = fs.readFileSync(file, "utf8");
  const specifiers = [...text.matchAll(/(?:from|import)\s*\(?\s*["']([^"']+)["']/g)].map((match) => match[1] ?? "");
  return specifiers.filter((specifier) => {
    const target = specifier.startsWith("@/") ? path.join(root, specifier.slice(2)) : specifier.startsWith(".") ? path.resolve(path.dirname(file), specifier) : "";
    return target.startsWith(path.join(root, "app") + path.sep);
  });
}

describe("layers", () => {
  for (const layer of ["components", "lib"]) {
    it(`nothing in ${layer}/ imports from app/`, () => {
      const offenders = sourceFiles(path.join(root, layer)).flatMap((file) => importsOfApp(file).map((specifier) => `${path.relative(root, file)} → ${specifier}`));
      expect(offenders).toEqual([]);
    });
  }
});
