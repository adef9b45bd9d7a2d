import { describe, expect, it } from "vitest";
import { entryInputSchema, type EntryInput } from "../../lib/catalogue/schema";
import { entryInLanguage, storedTranslations } from "../../lib/catalogue/translations";
import { diffContent } from "../../lib/submissions/fields";
import { proposalContentSchema, proposalDraftSchema } from "../../lib/submissions/schema";

// An entry is read in the reader's language when it has a translation into
// it, in the original otherwise (its texts English, its title in titleLang);
// translations go through the same schema as every other field.

const english = {
  title: "Robotics clubs in rural schools",
  summary: "After-school robotics clubs for pupils in villages, run by volunteer teachers.",
  description: "The clubs meet weekly and build one robot a term.",
};
const german = {
  title: "Robotik-AGs an Schulen auf dem Land",
  summary: "Robotik-AGs nach dem Unterricht für Kinder in Dörfern, geleitet von Lehrkräften.",
  description: "Die AGs treffen sich jede Woche und bauen pro Halbjahr einen Roboter.",
};

describe("entryInLanguage", () => {
  it("shows the translation into the reader's language", () => {
    const shown = entryInLanguage({ ...english, translations: { de: german } }, "de");
    expect(shown).toEqual({ ...german, lang: "de", titleLang: "de", translated: true, available: ["en", "de"] });
  });

  it("shows the original, in its own language, when there is no translation", () => {
    const shown = entryInLanguage({ ...english, translations: { de: german } }, "fr");
    expect(shown).toMatchObject({ title: english.title, lang: "en", translated: false, available: ["en", "de"] });
  });

  it("marks an original title in another language with it, and its English texts as English", () => {
    // Teknikcollege's title is Swedish, its summary English: a Swedish translation is welcome.
    const swedishTitle = { ...english, title: "Teknikcollege", titleLang: "sv", translations: { sv: { title: "Teknikcollege", summary: "Ett nätverk av gymnasieskolor." } } };
    expect(entryInLanguage(swedishTitle, "de")).toMatchObject({ title: "Teknikcollege", titleLang: "sv", lang: "en", translated: false, available: ["en", "sv"] });
    expect(entryInLanguage(swedishTitle, "sv")).toMatchObject({ summary: "Ett nätverk av gymnasieskolor.", titleLang: "sv", lang: "sv", translated: true });
    expect(entryInLanguage({ ...english }, "en")).toMatchObject({ titleLang: "en", lang: "en", translated: false });
  });

  it("keeps the original description when a translation has none", () => {
    const shown = entryInLanguage({ ...english, translations: { fr: { title: "Clubs de robotique", summary: english.summary } } }, "fr");
    expect(shown.description).toBe(english.description);
    expect(shown.translated).toBe(true);
  });

  it("ignores an unknown language and reads stored translations one by one", () => {
    expect(entryInLanguage({ ...english, translations: { de: german } }, "xx").lang).toBe("en");
    expect(storedTranslations({ de: german, xx: german, fr: { title: "x" } })).toEqual({ de: german });
    expect(storedTranslations(null)).toEqual({});
  });
});

const content = {
  kind: "programme" as const,
  ...english,
  description: "The clubs meet weekly and build one robot a term, then show it at a regional fair.",
  sources: [{ title: "The programme's report" }],
};
const entry: EntryInput = { slug: "robotics-clubs", ...content };

describe("the translations of an entry's schema", () => {
  it("accepts translations into catalogue languages", () => {
    const parsed = entryInputSchema.parse({ ...entry, translations: { de: german, mt: german } });
    expect(Object.keys(parsed.translations)).toEqual(["de", "mt"]);
    expect(entryInputSchema.parse(entry).translations).toEqual({});
  });

  it("refuses an unknown language, a too short title and a translation into English, the texts' own language", () => {
    expect(entryInputSchema.safeParse({ ...entry, translations: { xx: german } }).success).toBe(false);
    expect(entryInputSchema.safeParse({ ...entry, translations: { de: { ...german, title: "R" } } }).success).toBe(false);
    expect(entryInputSchema.safeParse({ ...entry, translations: { en: german } }).success).toBe(false);
    expect(entryInputSchema.safeParse({ ...entry, titleLang: "ro", translations: { en: german } }).success).toBe(false);
    // The title's own language is not the texts': its translation carries the summary.
    expect(entryInputSchema.safeParse({ ...entry, titleLang: "ro", translations: { ro: german } }).success).toBe(true);
  });

  it("applies to proposals and drafts too", () => {
    expect(proposalContentSchema.safeParse({ ...content, translations: { de: german } }).success).toBe(true);
    expect(proposalContentSchema.safeParse({ ...content, translations: { en: german } }).success).toBe(false);
    expect(proposalDraftSchema.safeParse({ kind: "programme", title: "Clubs", translations: { en: german } }).success).toBe(false);
  });

  it("shows one diff row per translated language", () => {
    const before = proposalContentSchema.parse({ ...content, translations: { fr: { title: "Clubs de robotique", summary: english.summary } } });
    const after = proposalContentSchema.parse({ ...content, translations: { ...before.translations, de: german } });
    const rows = diffContent(before, after).filter((c) => c.field === "translations");
    expect(rows.map((r) => [r.key, r.changed])).toEqual([["translations.de", true], ["translations.fr", false]]);
    expect(rows[0]?.after).toEqual([german.title, german.summary, german.description]);
  });
});

describe("the seed catalogue's translations", () => {
  it("reads the UNESCO/Huawei teams in their countries' languages", async () => {
    const { readSeedCatalogue } = await import("../../lib/catalogue/seed-files");
    const bySlug = new Map((await readSeedCatalogue()).map((e) => [e.slug, e]));
    const languagesOf = (slug: string) => Object.keys(bySlug.get(slug)?.translations ?? {}).sort();
    expect(languagesOf("gender-and-stem-education-in-romania")).toEqual(["fr", "nl", "ro"]);
    expect(languagesOf("techbridge")).toEqual(["de"]);
    expect(languagesOf("quakesafe")).toEqual(["mk"]);
    expect(languagesOf("unesco-microscience-experiments-romania")).toEqual(["ro"]);
    expect(entryInLanguage(bySlug.get("quakesafe")!, "mk").title).toMatch(/^Унапредување/);
  });
});

describe("the editor's translation rows", () => {
  it("are read by language, empty rows ignored, and checked by the proposal schema", async () => {
    const { contentFromFormData } = await import("../../lib/submissions/form-data");
    const form = new FormData();
    form.set("kind", "programme");
    form.set("title", "Robotics clubs");
    form.set("translations.0.lang", "de");
    form.set("translations.0.title", german.title);
    form.set("translations.0.summary", german.summary);
    form.set("translations.3.lang", "");
    form.set("translations.3.title", "");
    const content = contentFromFormData(form);
    expect(content.translations).toEqual({ de: { title: german.title, summary: german.summary } });
    expect(proposalDraftSchema.safeParse(content).success).toBe(true);
    form.set("translations.3.title", "Clubs");
    expect(proposalDraftSchema.safeParse(contentFromFormData(form)).success).toBe(false);
    expect(contentFromFormData(new FormData()).translations).toBeUndefined();
  });
});
