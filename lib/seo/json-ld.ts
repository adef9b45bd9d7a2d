import type { LinkedEntry, PublishedEntry } from "@/lib/catalogue/entries";
import { countryPath, entryPath, levelPath, themePath } from "@/lib/catalogue/paths";
import { ORIGINAL_LANGUAGE, titleLanguage, translationLanguages } from "@/lib/catalogue/translations";
import { labelOf } from "@/lib/catalogue/vocabularies";
import { absoluteUrl } from "@/lib/site-url";
import { eventJsonLd } from "@/lib/events/json-ld";

// schema.org descriptions of entry pages. Each type gets only properties
// schema.org defines for it: countries are `areaServed` for organisations but
// `spatialCoverage` for works, themes `knowsAbout` or `about`. The thing an
// entry describes is not our page about it: its `url` is its own website, and
// our page is `mainEntityOfPage`, with `@id` naming the thing on that page.

type JsonLd = { [key: string]: string | number | JsonLd | JsonLd[] | string[] | undefined };

type Family = "work" | "organisation" | "programme" | "event";

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
  event: { type: "Event", family: "event" },
};

const ORGANISATION_KINDS = new Set(["organisation", "project-team"]);

function schemaTypeOf(kind: string) {
  return SCHEMA_TYPES[kind] ?? { type: "CreativeWork", family: "work" };
}

/** The node's name: our page with a fragment, so that the thing and the page about it stay two nodes. */
function nodeId(slug: string): string {
  return `${absoluteUrl(entryPath(slug))}#entry`;
}

/** A linked entry, by the @id its own page gives it. */
function reference(link: LinkedEntry): JsonLd {
  return { "@type": schemaTypeOf(link.kind).type, "@id": nodeId(link.slug), name: link.title };
}

/** Linked organisations with a role, or nothing (an empty list is left out). */
function organisationsWithRole(entry: PublishedEntry, role: string): JsonLd[] | undefined {
  const found = entry.links.filter((l) => l.role === role && ORGANISATION_KINDS.has(l.kind)).map(reference);
  return found.length > 0 ? found : undefined;
}

function funders(entry: PublishedEntry): JsonLd[] | undefined {
  return organisationsWithRole(entry, "funder") ?? (entry.funder ? [{ "@type": "Organization", name: entry.funder }] : undefined);
}

/**
 * A text in every language the entry has it in, as language-tagged values
 * (the original first); a plain string when there are no translations, as before.
 */
function inEveryLanguage(entry: PublishedEntry, pick: (t: { title: string; summary: string }) => string, originalLang: string): string | JsonLd[] {
  const langs = translationLanguages(entry);
  if (langs.length === 0) return pick(entry);
  const original: JsonLd = { "@value": pick(entry), "@language": originalLang };
  return [
    original,
    ...langs.flatMap((lang): JsonLd[] => {
      const t = entry.translations[lang];
      return t ? [{ "@value": pick(t), "@language": lang }] : [];
    }),
  ];
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
    "@id": nodeId(entry.slug),
    name: inEveryLanguage(entry, (t) => t.title, titleLanguage(entry)),
    description: inEveryLanguage(entry, (t) => t.summary, ORIGINAL_LANGUAGE),
    url: entry.website ?? undefined,
    mainEntityOfPage: absoluteUrl(entryPath(entry.slug)),
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
    case "event":
      return {
        ...base,
        ...eventJsonLd(entry),
        organizer: organisationsWithRole(entry, "organiser") ?? organisationsWithRole(entry, "organisation"),
        inLanguage: nonEmpty(entry.languages),
        about: themes,
      };
    case "work":
      return {
        ...base,
        // The material's languages; without them, the language it is described in.
        inLanguage: nonEmpty(entry.languages) ?? [ORIGINAL_LANGUAGE],
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
