import { describe, expect, it } from "vitest";
import type { PublishedEntry } from "../../lib/catalogue/entries";
import { KINDS } from "../../lib/catalogue/vocabularies";
import { entryJsonLd, SCHEMA_TYPES, serialiseJsonLd } from "../../lib/seo/json-ld";

function entry(overrides: Partial<PublishedEntry> = {}): PublishedEntry {
  return {
    slug: "example",
    kind: "resource",
    title: "Example resource",
    titleLang: null,
    summary: "A summary of the example resource.",
    description: "A description.",
    countries: ["RO", "BE"],
    levels: ["primary"],
    themes: ["mathematics"],
    languages: ["en", "ro"],
    sourceAuthor: null,
    website: "https://example.org/",
    yearStart: 2021,
    yearEnd: null,
    status: null,
    impact: null,
    reach: { text: null, participants: null, schools: null, girlsShare: null },
    budget: null,
    fundingModel: null,
    funder: "A ministry",
    sdgs: [],
    sources: [],
    publishedAt: new Date("2024-01-02T03:04:05Z"),
    updatedAt: new Date("2024-02-03T04:05:06Z"),
    lastVerifiedAt: null,
    links: [{ slug: "runner", title: "The runner", kind: "organisation", role: "organisation" }],
    backlinks: [],
    translations: {},
    evidence: null,
    event: null,
    ...overrides,
  };
}

describe("serialiseJsonLd", () => {
  it("cannot be broken out of by a hostile title", () => {
    const hostile = `</script><script>alert("x")</script><!--`;
    const json = serialiseJsonLd(entryJsonLd(entry({ title: hostile })));
    expect(json).not.toContain("<");
    expect(json).toContain("\\u003c/script>");
    expect((JSON.parse(json) as { name: string }).name).toBe(hostile);
  });
});

describe("entryJsonLd", () => {
  it("gives every kind a schema.org type", () => {
    expect(Object.keys(SCHEMA_TYPES).sort()).toEqual(KINDS.map((k) => k.value).sort());
    expect(entryJsonLd(entry({ kind: "programme" }))["@type"]).toBe("EducationalOccupationalProgram");
    expect(entryJsonLd(entry({ kind: "organisation" }))["@type"]).toBe("Organization");
    expect(entryJsonLd(entry({ kind: "project-team" }))["@type"]).toBe("Project");
    expect(entryJsonLd(entry({ kind: "publication" }))["@type"]).toBe("CreativeWork");
    expect(entryJsonLd(entry({ kind: "resource" }))["@type"]).toBe("LearningResource");
    expect(entryJsonLd(entry({ kind: "platform" }))["@type"]).toBe("WebSite");
    expect(entryJsonLd(entry({ kind: "event" }))["@type"]).toBe("Event");
  });

  it("describes an event with its times in its zone, attendance mode, place and organiser", () => {
    const event = entry({
      kind: "event",
      countries: ["BG"],
      links: [{ slug: "eited", title: "EITED", kind: "organisation", role: "organiser" }],
      event: {
        startsAt: new Date("2027-03-12T07:30:00Z"),
        endsAt: new Date("2027-03-13T15:00:00Z"),
        timeZone: "Europe/Sofia",
        format: "hybrid",
        venue: "Sofia Tech Park",
        city: "Sofia",
        registrationUrl: "https://example.org/register",
      },
    });
    const data = JSON.parse(serialiseJsonLd(entryJsonLd(event))) as Record<string, unknown>;
    expect(data).toMatchObject({
      "@type": "Event",
      startDate: "2027-03-12T09:30:00+02:00",
      endDate: "2027-03-13T17:00:00+02:00",
      eventAttendanceMode: "https://schema.org/MixedEventAttendanceMode",
      location: [
        { "@type": "Place", name: "Sofia Tech Park", address: { "@type": "PostalAddress", addressLocality: "Sofia", addressCountry: "BG" } },
        { "@type": "VirtualLocation", url: "https://example.org/register" },
      ],
      organizer: [{ "@type": "Organization", name: "EITED" }],
    });
    const online = entryJsonLd(entry({ kind: "event", event: { ...event.event!, format: "online" } }));
    expect(online.eventAttendanceMode).toBe("https://schema.org/OnlineEventAttendanceMode");
    expect(online.location).toEqual({ "@type": "VirtualLocation", url: "https://example.org/register" });
    const onsite = entryJsonLd(entry({ kind: "event", event: { ...event.event!, format: "onsite" } }));
    expect(onsite.eventAttendanceMode).toBe("https://schema.org/OfflineEventAttendanceMode");
  });

  it("describes a work with its languages, places, levels, themes, provider and funder", () => {
    const data = JSON.parse(serialiseJsonLd(entryJsonLd(entry()))) as Record<string, unknown>;
    expect(data).toMatchObject({
      "@context": "https://schema.org",
      name: "Example resource",
      description: "A summary of the example resource.",
      "@id": expect.stringMatching(/\/entries\/example#entry$/),
      url: "https://example.org/",
      mainEntityOfPage: expect.stringMatching(/\/entries\/example$/),
      inLanguage: ["en", "ro"],
      spatialCoverage: [{ "@type": "Country", name: "Romania" }, { "@type": "Country", name: "Belgium" }],
      educationalLevel: [{ "@type": "DefinedTerm", name: "Primary" }],
      about: [{ "@type": "DefinedTerm", name: "Mathematics" }],
      provider: [{ "@type": "Organization", "@id": expect.stringMatching(/\/entries\/runner#entry$/), name: "The runner" }],
      funder: [{ "@type": "Organization", name: "A ministry" }],
      dateCreated: "2021",
    });
    expect(data).not.toHaveProperty("areaServed");
  });

  it("describes organisations and project teams with the properties of Organization", () => {
    const data = entryJsonLd(entry({ kind: "project-team", yearEnd: 2025 }));
    expect(data).toMatchObject({ foundingDate: "2021", dissolutionDate: "2025", knowsLanguage: ["en", "ro"] });
    expect(data.areaServed).toHaveLength(2);
    expect(data).not.toHaveProperty("inLanguage");
    expect(data).not.toHaveProperty("educationalLevel");
  });

  it("gives programmes a provider and dates", () => {
    const data = entryJsonLd(entry({ kind: "programme", yearEnd: 2024 }));
    expect(data).toMatchObject({ startDate: "2021", endDate: "2024", provider: [{ name: "The runner" }] });
  });

  it.each(KINDS.map((k) => k.value))("gives a %s its own website as url and our page as mainEntityOfPage", (kind) => {
    const data = entryJsonLd(entry({ kind, website: "https://robots.example.org/" }));
    expect(data.url).toBe("https://robots.example.org/");
    expect(data.mainEntityOfPage).toMatch(/^https?:\/\/[^/]+\/entries\/example$/);
    expect(data["@id"]).toBe(`${String(data.mainEntityOfPage)}#entry`);
    expect(data).not.toHaveProperty("sameAs");
  });

  it("never gives our page as the url of what an entry describes, nor of what it links to", () => {
    const json = serialiseJsonLd(entryJsonLd(entry({ kind: "organisation", website: null })));
    const data = JSON.parse(json) as Record<string, unknown>;
    expect(data).not.toHaveProperty("url");
    expect(json).not.toMatch(/"url":"[^"]*\/entries\//);
  });

  it("leaves out what is unknown", () => {
    const data = JSON.parse(serialiseJsonLd(entryJsonLd(entry({ website: null, funder: null, links: [], countries: [], yearStart: null })))) as Record<string, unknown>;
    for (const key of ["url", "sameAs", "funder", "provider", "spatialCoverage", "dateCreated"]) expect(data).not.toHaveProperty(key);
  });
});

describe("a translated entry's JSON-LD", () => {
  it("names it in every language, tagged, and states the languages", () => {
    const data = entryJsonLd(
      entry({ languages: [], translations: { de: { title: "Beispielmaterial", summary: "Eine Zusammenfassung des Beispielmaterials." } } }),
    );
    expect(data.name).toEqual([
      { "@value": "Example resource", "@language": "en" },
      { "@value": "Beispielmaterial", "@language": "de" },
    ]);
    expect(data.description).toEqual([
      { "@value": "A summary of the example resource.", "@language": "en" },
      { "@value": "Eine Zusammenfassung des Beispielmaterials.", "@language": "de" },
    ]);
    expect(data.inLanguage).toEqual(["en"]);
  });
});
