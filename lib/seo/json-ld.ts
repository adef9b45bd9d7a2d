import type { LinkedEntry, PublishedEntry } from "@/lib/catalogue/entries";
import { countryPath, entryPath, levelPath, themePath } from "@/lib/catalogue/paths";
import { labelOf } from "@/lib/catalogue/vocabularies";
import { absoluteUrl } from "@/lib/site-url";

// schema.org descriptions of entry pages. Each type gets only properties
// schema.org defines for it: countries are `areaServed` for organisations but
// `spatialCoverage` for works, themes `knowsAbout` or `about`.

type JsonLd = { [key: string]: string | number | JsonLd | JsonLd[] | string[] | undefined };

type Family = "work" | "organisation" | "programme";

/**
 * Catalogue programmes are multi-year programmes an institution runs (clubs,
 * contests, training schemes), not one course a learner enrols in, hence
 * EducationalOccupationalProgram rather than Course. Publications range from
 * policy papers to a journal, so the general CreativeWork rather than
 * ScholarlyArticle. Project teams are funded teams: schema.org's Project is
 * an Organization made for a planned aim.
 */
export const SCHEMA_TYPES: Record<string, { type: string; family: Family }> = {
  programme: { type: "EducationalOccupationalProgram", family: "programme" },
  organisation: { type: "Organization", family: "organisation" },
  "project-team": { type: "Project", family: "organisation" },
  publication: { type: "CreativeWork", family: "work" },
  resource: { type: "LearningResource", family: "work" },
  platform: { type: "WebSite", family: "work" },
};

const ORGANISATION_KINDS = new Set(["organisation", "project-team"]);

function schemaTypeOf(kind: string) {
  return SCHEMA_TYPES[kind] ?? { type: "CreativeWork", family: "work" };
}

function reference(link: LinkedEntry): JsonLd {
  return { "@type": schemaTypeOf(link.kind).type, name: link.title, url: absoluteUrl(entryPath(link.slug)) };
}

/** Linked organisations with a role, or nothing (an empty list is left out). */
function organisationsWithRole(entry: PublishedEntry, role: string): JsonLd[] | undefined {
  const found = entry.links.filter((l) => l.role === role && ORGANISATION_KINDS.has(l.kind)).map(reference);
  return found.length > 0 ? found : undefined;
}

function funders(entry: PublishedEntry): JsonLd[] | undefined {
  return organisationsWithRole(entry, "funder") ?? (entry.funder ? [{ "@type": "Organization", name: entry.funder }] : undefined);
}

const nonEmpty = <T,>(list: T[]): T[] | undefined => (list.length > 0 ? list : undefined);
const year = (y: number | null) => (y === null ? undefined : String(y));

export function entryJsonLd(entry: PublishedEntry): JsonLd {
  const { type, family } = schemaTypeOf(entry.kind);
  const countries = nonEmpty(entry.countries.map((c): JsonLd => ({ "@type": "Country", name: labelOf("country", c), url: absoluteUrl(countryPath(c)) })));
  const themes = nonEmpty(entry.themes.map((t): JsonLd => ({ "@type": "DefinedTerm", name: labelOf("theme", t), url: absoluteUrl(themePath(t)) })));
  const levels = nonEmpty(entry.levels.map((l): JsonLd => ({ "@type": "DefinedTerm", name: labelOf("level", l), url: absoluteUrl(levelPath(l)) })));
  const base: JsonLd = {
    "@context": "https://schema.org",
    "@type": type,
    name: entry.title,
    description: entry.summary,
    url: absoluteUrl(entryPath(entry.slug)),
    sameAs: entry.website ?? undefined,
  };
  switch (family) {
    case "organisation":
      return {
        ...base,
        areaServed: countries,
        knowsAbout: themes,
        knowsLanguage: nonEmpty(entry.languages),
        funder: funders(entry),
        parentOrganization: organisationsWithRole(entry, "organisation"),
        foundingDate: year(entry.yearStart),
        dissolutionDate: year(entry.yearEnd),
      };
    case "programme":
      return {
        ...base,
        provider: organisationsWithRole(entry, "organisation"),
        startDate: year(entry.yearStart),
        endDate: year(entry.yearEnd),
      };
    case "work":
      return {
        ...base,
        inLanguage: nonEmpty(entry.languages),
        spatialCoverage: countries,
        about: themes,
        educationalLevel: levels,
        provider: organisationsWithRole(entry, "organisation"),
        funder: funders(entry),
        dateCreated: year(entry.yearStart),
        dateModified: entry.updatedAt.toISOString(),
      };
  }
}

/**
 * JSON for a <script> element. JSON.stringify leaves "<" alone, so a title
 * holding "</script>" would end the element; as \u003c it stays inside the string.
 */
export function serialiseJsonLd(data: JsonLd): string {
  return JSON.stringify(data).replace(/</g, "\\u003c");
}
