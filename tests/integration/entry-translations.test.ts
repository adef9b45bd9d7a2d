import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../../lib/auth/permissions";
import { readApiEntry } from "../../lib/api/entries";
import { getPublishedEntry } from "../../lib/catalogue/entries";
import { entryInLanguage } from "../../lib/catalogue/translations";
import { exportSearch } from "../../lib/export/export-search";
import { searchCatalogue } from "../../lib/search";
import { defaultSearchQuery } from "../../lib/search/query";
import { getEntryVersion } from "../../lib/submissions/history";
import { startEdit, submitProposal } from "../../lib/submissions/proposals";
import { reviewProposal } from "../../lib/submissions/review";
import { getProposal } from "../../lib/submissions/views";
import { createPerson } from "./support/people";

// Entries in more than one language on a real PostgreSQL: the seeded
// translations are searched, served by the API and exports, and a member's
// translation goes through review like any other change.

const search = (q: string) => searchCatalogue({ ...defaultSearchQuery(), q });

describe("search", () => {
  it("finds an English entry by the words of its German translation, and the hit carries the German title", async () => {
    const result = await search("Geflüchtete Arbeitsmarkt");
    const hit = result.hits.find((h) => h.slug === "techbridge");
    expect(hit).toBeDefined();
    expect(hit?.title).toMatch(/^TechBridge: Empowering Refugees/);
    expect(hit?.translations.de?.title).toMatch(/^TechBridge: Digitale Bildung/);
    expect(entryInLanguage({ ...hit!, description: "" }, "de").title).toBe(hit?.translations.de?.title);
  });

  it("finds a Macedonian translation in Cyrillic and in Latin letters", async () => {
    expect((await search("земјотресно инженерство")).hits.map((h) => h.slug)).toContain("quakesafe");
    expect((await search("zemjotresno")).hits.map((h) => h.slug)).toContain("quakesafe");
  });
});

describe("the API", () => {
  it("returns the translations and shows the language asked for when there is one", async () => {
    const original = await readApiEntry("techbridge");
    expect(original?.lang).toBe("en");
    expect(original?.title).toMatch(/^TechBridge: Empowering/);
    expect(Object.keys(original?.translations ?? {})).toEqual(["de"]);
    const german = await readApiEntry("techbridge", "de");
    expect(german).toMatchObject({ lang: "de", title: original?.translations.de?.title, summary: original?.translations.de?.summary });
    // No Romanian translation: the original, saying so.
    expect((await readApiEntry("techbridge", "ro"))?.lang).toBe("en");
  });
});

describe("exports", () => {
  it("write titles and summaries in the language asked for where there is a translation", async () => {
    const outcome = await exportSearch(new URLSearchParams("q=techbridge&format=json&lang=de"));
    if (!outcome.ok) throw new Error(outcome.message);
    const body = await new Response(outcome.download.body).text();
    const rows = JSON.parse(body) as { slug: string; title: string; title_lang: string | null }[];
    const row = rows.find((r) => r.slug === "techbridge");
    expect(row?.title).toMatch(/^TechBridge: Digitale Bildung/);
    expect(row?.title_lang).toBe("de");
    const refused = await exportSearch(new URLSearchParams("q=techbridge&lang=klingon"));
    expect(refused).toMatchObject({ ok: false, code: "invalid_query" });
  });
});

describe("a translation proposed by a member", () => {
  let member: Actor;
  let moderator: Actor;
  beforeAll(async () => {
    member = await createPerson("member", ["quakesafe"]);
    moderator = await createPerson("moderator");
  });

  it("goes through review, is shown once approved, recorded in history per language, and found by search", async () => {
    const edit = await startEdit(member, "quakesafe");
    if (!edit.ok) throw new Error(edit.message);
    const view = await getProposal(member, edit.id);
    expect(Object.keys(view?.content.translations ?? {})).toEqual(["mk"]);
    const italian = {
      title: "QUAKESAFE: ingegneria sismica per un ambiente sostenibile",
      summary: "Squadra di progetto macedone che porta la ricerca e l'insegnamento dell'ingegneria sismica nelle scuole e nelle università.",
    };
    const content = { ...view?.content, translations: { ...view?.content.translations, it: italian } };
    const refused = await submitProposal(member, { id: edit.id, expectedVersion: 1, content: { ...content, translations: { en: italian } } });
    expect(refused).toMatchObject({ ok: false, code: "invalid" });
    const sent = await submitProposal(member, { id: edit.id, expectedVersion: 1, content });
    if (!sent.ok) throw new Error(sent.message);
    expect((await getPublishedEntry("quakesafe"))?.translations.it).toBeUndefined();

    const approved = await reviewProposal(moderator, { decision: "approve", proposalId: edit.id, expectedVersion: sent.version });
    expect(approved).toMatchObject({ ok: true, entrySlug: "quakesafe" });
    const entry = await getPublishedEntry("quakesafe");
    expect(entry && entryInLanguage(entry, "it")).toMatchObject({ title: italian.title, lang: "it", translated: true, available: ["en", "it", "mk"] });

    const version = await getEntryVersion(moderator, "quakesafe", 2);
    expect(version?.changes.filter((c) => c.changed).map((c) => c.key)).toEqual(["translations.it"]);

    const found = await search("ingegneria sismica");
    expect(found.hits.map((h) => h.slug)).toContain("quakesafe");
    expect(found.hits.find((h) => h.slug === "quakesafe")?.translations.it?.title).toBe(italian.title);
  });
});
