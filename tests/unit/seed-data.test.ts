import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { catalogueFileSchema, type Entry } from "../../lib/catalogue/schema";

const CATALOGUE_DIR = join(process.cwd(), "prisma", "seed", "catalogue");
const KIND_FILES = ["organisation", "platform", "programme", "publication", "resource", "project-team", "event"] as const;

function loadFile(kind: (typeof KIND_FILES)[number]): Entry[] {
  const raw: unknown = JSON.parse(readFileSync(join(CATALOGUE_DIR, `${kind}.json`), "utf8"));
  const parsed = catalogueFileSchema.safeParse(raw);
  if (!parsed.success) {
    throw new Error(`${kind}.json does not match catalogueFileSchema:\n${JSON.stringify(parsed.error.issues, null, 2)}`);
  }
  return parsed.data;
}

const byFile = new Map(KIND_FILES.map((kind) => [kind, loadFile(kind)] as const));
const all: Entry[] = [...byFile.values()].flat();
const bySlug = new Map(all.map((e) => [e.slug, e]));

describe("seed catalogue", () => {
  it("parses every file with catalogueFileSchema and has no empty file", () => {
    for (const kind of KIND_FILES) {
      expect(byFile.get(kind)!.length, `${kind}.json`).toBeGreaterThan(0);
    }
  });

  it("has at least 40 entries in total", () => {
    expect(all.length).toBeGreaterThanOrEqual(40);
  });

  it("uses the kind that matches the file name", () => {
    for (const [kind, entries] of byFile) {
      const wrong = entries.filter((e) => e.kind !== kind).map((e) => e.slug);
      expect(wrong, `entries in ${kind}.json with another kind`).toEqual([]);
    }
  });

  it("has slugs that are unique across all files", () => {
    const seen = new Set<string>();
    const duplicates: string[] = [];
    for (const e of all) {
      if (seen.has(e.slug)) duplicates.push(e.slug);
      seen.add(e.slug);
    }
    expect(duplicates).toEqual([]);
    expect(bySlug.size).toBe(all.length);
  });

  it("only links to slugs that exist, and never to itself", () => {
    const dangling: string[] = [];
    for (const e of all) {
      for (const link of e.links) {
        if (!bySlug.has(link.slug) || link.slug === e.slug) dangling.push(`${e.slug} -[${link.role}]-> ${link.slug}`);
      }
    }
    expect(dangling).toEqual([]);
  });

  it("links organisation and funder roles to organisation entries", () => {
    const wrong: string[] = [];
    for (const e of all) {
      for (const link of e.links) {
        if ((link.role === "organisation" || link.role === "funder") && bySlug.get(link.slug)?.kind !== "organisation") {
          wrong.push(`${e.slug} -[${link.role}]-> ${link.slug}`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  it("has the five UNESCO/Huawei project teams, each funded by a programme entry", () => {
    const teams = byFile.get("project-team")!;
    expect(teams).toHaveLength(5);
    for (const team of teams) {
      const fundedBy = team.links.filter((l) => l.role === "funded-by");
      expect(fundedBy.length, `${team.slug} has a funded-by link`).toBeGreaterThanOrEqual(1);
      for (const link of fundedBy) {
        expect(bySlug.get(link.slug)?.kind, `${team.slug} funded-by ${link.slug}`).toBe("programme");
      }
    }
    const programmes = new Set(teams.flatMap((t) => t.links.filter((l) => l.role === "funded-by").map((l) => l.slug)));
    expect(programmes.size).toBe(1);
  });

  it("tags the earthquake-engineering team with its theme and country", () => {
    const quake = byFile.get("project-team")!.filter((t) => t.themes.includes("earthquake-engineering"));
    expect(quake).toHaveLength(1);
    const [team] = quake;
    expect(team?.countries).toContain("MK");
    expect(team?.description.toLowerCase()).toContain("earthquake");
  });

  it("gives every entry at least one source with a title", () => {
    for (const e of all) {
      expect(e.sources.length, `${e.slug} sources`).toBeGreaterThanOrEqual(1);
      for (const s of e.sources) expect(s.title.trim().length, `${e.slug} source title`).toBeGreaterThan(1);
    }
  });

  it("sets titleLang only to a language the entry is tagged with", () => {
    const mismatched = all
      .filter((e) => e.titleLang !== undefined && e.languages.length > 0 && !e.languages.includes(e.titleLang))
      .map((e) => e.slug);
    expect(mismatched).toEqual([]);
  });
});
