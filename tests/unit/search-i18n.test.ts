import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { LOCALES, type Locale } from "../../lib/i18n/locales";
import { loadMessages, type Messages } from "../../lib/i18n/messages";
import { labelFacets } from "../../lib/search/facet-labels";
import { parseSearchParams, problemText } from "../../lib/search/query";
import type { FacetCount } from "../../lib/search/types";

// The search's words in every interface language, and the labels it gives
// facet values there.

const count = (value: string, label: string, n: number): FacetCount => ({ value, label, count: n, selected: false });

describe("labelFacets", () => {
  const facets = {
    country: [count("BE", "Belgium", 11), count("DE", "Germany", 6), count("AT", "Austria", 6)],
    level: [count("primary", "Primary", 2)],
    theme: [],
    kind: [count("programme", "Programme", 4)],
    evidence: [count("evaluated", "Evaluated", 1), count("not-assessed", "Not yet assessed", 9)],
    freshness: [count("current", "Verified in the last 12 months", 3), count("stale", "Not verified for 24 months or more", 7)],
  };

  it("leaves English as the engines give it", () => {
    expect(labelFacets(facets, "en")).toBe(facets);
  });

  it("labels values in the language and orders equal counts by its labels", () => {
    const german = labelFacets(facets, "de");
    expect(german.country.map((c) => `${c.value}:${c.label}:${c.count}`)).toEqual(["BE:Belgien:11", "DE:Deutschland:6", "AT:Österreich:6"]);
    expect(german.level[0]?.label).toBe("Primarstufe");
    expect(german.kind[0]?.label).toBe("Programm");
    expect(labelFacets(facets, "mk").country[0]?.label).toBe("Белгија");
  });

  it("labels evidence levels and freshness from the message catalogues, keeping their order", () => {
    const german = labelFacets(facets, "de");
    expect(german.evidence.map((c) => `${c.value}:${c.label}`)).toEqual(["evaluated:Evaluiert", "not-assessed:Noch nicht bewertet"]);
    expect(german.freshness.map((c) => c.label)).toEqual(["In den letzten 12 Monaten geprüft", "Seit 24 Monaten oder länger nicht geprüft"]);
    // A thesaurus language the interface does not have yet reads them in English.
    expect(labelFacets(facets, "pl").freshness[1]?.label).toBe("Not verified for 24 months or more");
  });
});

describe("search problems", () => {
  it("keep the English the API has always given", () => {
    const { problems, issues } = parseSearchParams(new URLSearchParams("country=XX&sort=random&page=0"));
    expect(problems).toEqual(["Unknown country “XX”.", "Unknown sort “random”: use relevance, newest or title.", "page must be a whole number between 1 and 500."]);
    expect(issues.map(problemText)).toEqual(problems);
  });
});

type Tree = { [key: string]: string | Tree };
const isTree = (value: unknown): value is Tree => typeof value === "object" && value !== null;

function flatten(tree: Tree, prefix = ""): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]) => (typeof value === "string" ? [[prefix + key, value] as [string, string]] : flatten(value, `${prefix}${key}.`)));
}

const NAMESPACES = ["search", "browse", "vocabulary"] as const satisfies readonly (keyof Messages)[];

async function entries(locale: Locale): Promise<[string, string][]> {
  const messages = await loadMessages(locale);
  return NAMESPACES.flatMap((ns) => {
    const tree: unknown = messages[ns];
    return isTree(tree) ? flatten(tree, `${ns}.`) : [];
  });
}

const ARGUMENTS = {
  q: "robotics",
  label: "Romania",
  lower: "romania",
  word: "romania",
  value: "XX",
  name: "page",
  max: 500,
  page: 2,
  list: "A, B",
  level: "Evaluated",
  months: 12,
  from: 12,
  to: 24,
  sr: (chunks: string) => chunks,
  strong: (chunks: string) => chunks,
  link: (chunks: string) => chunks,
};

describe.each(LOCALES)("the %s catalogue of search, browse and vocabulary", (locale) => {
  it("has exactly the English keys, and every message formats for any count and facet", async () => {
    const english = await entries("en");
    const own = await entries(locale);
    expect(own.map(([key]) => key).sort()).toEqual(english.map(([key]) => key).sort());
    for (const [key, text] of own) {
      // A message that does not parse or format throws instead of falling back to its key.
      const t = createTranslator({ locale, messages: { message: text }, onError: (error) => { throw new Error(`${key}: ${error.message}`); } });
      for (const n of [0, 1, 2, 5, 21, 1_000_000]) {
        for (const facet of ["country", "level", "theme", "kind", "evidence", "freshness"]) expect(t.markup("message", { ...ARGUMENTS, count: n, pages: n, facet })).not.toBe("message");
      }
    }
  });

  it("gives every plural the categories the language has", async () => {
    const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
    for (const [key, text] of await entries(locale)) {
      if (!text.includes("plural,")) continue;
      for (const category of categories) expect(text, `${key} lacks ${category}`).toMatch(new RegExp(`[\\s,]${category} \\{`));
    }
  });
});
