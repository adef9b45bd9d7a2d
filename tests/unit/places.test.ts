import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { COUNTRIES } from "../../lib/catalogue/vocabularies";
import { foldPhrase } from "../../lib/text/fold";
import { REGIONS, allPlaceForms, countryName, placeForms, placesOfForm, type Place } from "../../lib/thesaurus/places";
import { placesFileSchema } from "../../lib/thesaurus/places-schema";
import placesData from "../../lib/thesaurus/data/places.json";

const data = placesFileSchema.parse(placesData);

/** What a form names, as short strings: "DE" for a country, "DE/north-rhine-westphalia" for a region. */
function named(form: string): string[] {
  return placesOfForm(foldPhrase(form)).map((p: Place) => (p.type === "country" ? p.country : `${p.country}/${p.id}`));
}

describe("the places file", () => {
  it("is accepted by its schema", () => {
    expect(placesFileSchema.safeParse(placesData).success).toBe(true);
  });
  it("has one record for every catalogue country", () => {
    expect(data.countries.map((c) => c.country).sort()).toEqual(COUNTRIES.map((c) => c.value).sort());
  });
  it("refuses stop words, country codes and over-long names", () => {
    const region = { id: "x", country: "DE", names: ["Bayern"], adjectives: [], abbreviations: [] };
    for (const bad of ["in", "DE", "by", "One Two Three Four Five"]) {
      const file = { countries: [], regions: [{ ...region, names: [bad] }] };
      expect(placesFileSchema.safeParse(file).success, bad).toBe(false);
    }
    expect(placesFileSchema.safeParse({ countries: [], regions: [region] }).success).toBe(true);
  });
});

describe("countries", () => {
  it("are found by their names in many languages and scripts, and by adjectives", () => {
    for (const form of ["Deutschland", "Allemagne", "Германија", "Γερμανία", "Niemcy", "Almanya", "Tyskland", "german", "deutsche"]) {
      expect(named(form), form).toEqual(["DE"]);
    }
  });
  it("find North Macedonia by its own name, its adjective and its older name", () => {
    for (const form of ["Северна Македонија", "macedonian", "Macedonia", "македонски", "Maqedonia e Veriut"]) {
      expect(named(form), form).toEqual(["MK"]);
    }
  });
  it("find others by their own and alternative names", () => {
    const cases: [string, string][] = [
      ["România", "RO"], ["română", "RO"], ["Romanian", "RO"], ["Shqipëria", "AL"], ["shqiptar", "AL"],
      ["Holland", "NL"], ["Dutch", "NL"], ["UK", "GB"], ["Great Britain", "GB"], ["Turkey", "TR"],
      ["Türkiye", "TR"], ["Czech Republic", "CZ"], ["Moldavia", "MD"], ["Swiss", "CH"], ["Svizra", "CH"],
      ["Suisse", "CH"], ["België", "BE"], ["Belgique", "BE"], ["Malta", "MT"], ["Éire", "IE"], ["Y Deyrnas Unedig", "GB"], ["Deyrnas Unedig", "GB"], ["Crna Gora", "ME"], ["Црна Гора", "ME"],
    ];
    for (const [form, code] of cases) expect(named(form), form).toEqual([code]);
  });
  it("are never named by two-letter codes, stop words or common English words", () => {
    for (const form of [...COUNTRIES.map((c) => c.value), "in", "by", "am", "the", "and", "island", "poles"]) {
      expect(named(form), form).toEqual([]);
    }
  });
  it("have every form found back, and their English CLDR name among them", () => {
    for (const { value } of COUNTRIES) {
      const place: Place = { type: "country", country: value };
      const forms = placeForms(place);
      expect(forms).toContain(foldPhrase(countryName(value, "en")));
      for (const form of forms) expect(placesOfForm(form)).toContainEqual(place);
    }
  });
  it("are named in a language for the interface", () => {
    expect(countryName("DE", "fr")).toBe("Allemagne");
    expect(countryName("MK", "mk")).toBe("Северна Македонија");
  });
});

describe("regions", () => {
  it("are found from each of their names, adjectives and abbreviations", () => {
    for (const r of data.regions) {
      for (const name of [...r.names, ...r.adjectives, ...r.abbreviations]) {
        expect(named(name), name).toContain(`${r.country}/${r.id}`);
      }
    }
  });
  it("expand to their names in other languages", () => {
    const flanders = REGIONS.find((p) => p.type === "region" && p.id === "flanders");
    expect(flanders).toBeDefined();
    if (flanders) expect(placeForms(flanders)).toEqual(expect.arrayContaining(["flanders", "vlaanderen", "flandre", "flemish"]));
    expect(named("Nordrhein-Westfalen")).toEqual(["DE/north-rhine-westphalia"]);
    expect(named("NRW")).toEqual(["DE/north-rhine-westphalia"]);
    expect(named("Скопје")).toEqual(["MK/skopje"]);
    expect(named("Bruxelles")).toEqual(["BE/brussels"]);
    expect(named("Principado de Asturias")).toEqual(["ES/asturias"]);
  });
  it("are not named by their country's adjectives", () => {
    expect(named("german")).toEqual(["DE"]);
    expect(named("spanish")).toEqual(["ES"]);
    expect(named("belgian")).toEqual(["BE"]);
  });
  it("are each mentioned, in one of their names, in the seed catalogue", () => {
    const dir = join(__dirname, "../../prisma/seed/catalogue");
    const entry = z.object({ title: z.string(), summary: z.string(), description: z.string(), impact: z.string().nullish() });
    const text = readdirSync(dir)
      .filter((f) => f.endsWith(".json"))
      .flatMap((f) => z.array(entry).parse(JSON.parse(readFileSync(join(dir, f), "utf8"))))
      .map((e) => ` ${foldPhrase([e.title, e.summary, e.description, e.impact ?? ""].join(" "))} `)
      .join("");
    const unmentioned = data.regions.filter((r) => !r.names.some((n) => text.includes(` ${foldPhrase(n)} `))).map((r) => r.id);
    expect(unmentioned).toEqual([]);
  });
});

describe("forms shared by places", () => {
  it("name one country each, and a region never shares a form with a country", () => {
    // Every shared form would be listed here with the places it names; none is
    // intended today (the Slovenian adjectives that are also Slovak are left out).
    const shared = [...allPlaceForms().keys()].flatMap((form) => {
      const places = [...new Set(named(form))];
      return places.length > 1 ? [`${form}: ${places.join(", ")}`] : [];
    });
    expect(shared).toEqual([]);
  });
});
