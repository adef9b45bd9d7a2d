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

/** The specifiers a file imports whose target lies under one of these folders (relative to the root). */
function importsInto(file: string, folders: string[]): string[] {
  const text = fs.readFileSync(file, "utf8");
  const specifiers = [...text.matchAll(/(?:from|import)\s*\(?\s*["']([^"']+)["']/g)].map((match) => match[1] ?? "");
  return specifiers.filter((specifier) => {
    const target = specifier.startsWith("@/") ? path.join(root, specifier.slice(2)) : specifier.startsWith(".") ? path.resolve(path.dirname(file), specifier) : "";
    return folders.some((folder) => target.startsWith(path.join(root, folder) + path.sep));
  });
}

function offenders(files: string[], folders: string[]): string[] {
  return files.flatMap((file) => importsInto(file, folders).map((specifier) => `${path.relative(root, file)} → ${specifier}`));
}

describe("layers", () => {
  for (const layer of ["components", "lib"]) {
    it(`nothing in ${layer}/ imports from app/`, () => {
      expect(offenders(sourceFiles(path.join(root, layer)), ["app"])).toEqual([]);
    });
  }

  // The engines' internals are their own: the rest of the site goes through
  // lib/search (the engine interface, lib/search/sql, the generation). Tests
  // and the Meilisearch commands in scripts/ may reach inside.
  it("nothing outside lib/search imports a search engine's modules", () => {
    const search = path.join(root, "lib", "search") + path.sep;
    const rootFiles = fs.readdirSync(root).filter((name) => /\.(ts|tsx|mjs)$/.test(name)).map((name) => path.join(root, name));
    const files = [...rootFiles, ...["app", "components", "lib"].flatMap((layer) => sourceFiles(path.join(root, layer)))].filter((file) => !file.startsWith(search));
    expect(offenders(files, ["lib/search/postgres", "lib/search/meilisearch"])).toEqual([]);
  });
});
