import { z } from "zod";
import { evidenceLevelSchema } from "@/lib/evidence/levels";
import {
  countrySchema,
  kindSchema,
  languageSchema,
  levelSchema,
  linkRoleSchema,
  slugSchema,
  statusSchema,
  themeSchema,
} from "@/lib/catalogue/schema";
import { FACETS } from "@/lib/catalogue/vocabularies";
import { EVENT_FORMATS } from "@/lib/events/formats";

// The public shapes of the JSON API. They are the contract: the routes build
// their bodies to these types, the tests parse answers with them, and the
// OpenAPI document is generated from them (lib/api/openapi.ts). Every schema
// with an id in apiSchemas becomes a named component of that document.

export const apiSchemas = z.registry<{ id: string; description?: string }>();

const timestamp = z.iso.datetime().describe("ISO 8601 date and time, UTC");

export const apiSourceSchema = z
  .strictObject({ title: z.string(), url: z.string().optional(), note: z.string().optional() })
  .register(apiSchemas, { id: "Source", description: "Where a fact or figure of the entry comes from." });

export const apiEntryRefSchema = z
  .strictObject({ slug: slugSchema, title: z.string() })
  .register(apiSchemas, { id: "EntryRef", description: "Another published entry, by slug and title." });

export const apiEntryLinkSchema = z
  .strictObject({ role: linkRoleSchema, slug: slugSchema, title: z.string() })
  .register(apiSchemas, { id: "EntryLink", description: "A published entry this one points at, and why." });

export const apiReachSchema = z
  .strictObject({
    text: z.string().nullable(),
    participants: z.number().int().nonnegative().nullable(),
    schools: z.number().int().nonnegative().nullable(),
    girlsShare: z.number().min(0).max(100).nullable().describe("Share of girls among participants, in percent"),
  })
  .register(apiSchemas, { id: "Reach", description: "How many people and schools the entry reached." });

export const apiTranslationSchema = z
  .strictObject({
    title: z.string(),
    summary: z.string(),
    description: z.string().optional().describe("Markdown; absent when only the title and summary are translated"),
  })
  .register(apiSchemas, { id: "Translation", description: "An entry's title, summary and description in another language." });

export const apiEvidenceSchema = z
  .strictObject({
    level: evidenceLevelSchema.describe("described (self-reported), evaluated (an evaluation report exists) or impact (independent or peer-reviewed evidence of impact)"),
    justification: z.string().describe("Why the moderators chose this level"),
    evidenceUrl: z.url().nullable().describe("Where the evidence can be read"),
    assessedAt: timestamp,
  })
  .register(apiSchemas, { id: "EvidenceLevel", description: "An assessment of the evidence behind an entry, against the published rubric." });

export const apiEventSchema = z
  .strictObject({
    startsAt: z.string().nullable().describe("ISO 8601 with the offset of the event's time zone then, e.g. 2027-03-12T09:30:00+02:00; null when the sources give no date"),
    endsAt: z.string().nullable().describe("Like startsAt; null when no end is given"),
    timeZone: z.string().nullable().describe("IANA time zone the organisers announce the times in, e.g. Europe/Sofia"),
    format: z.enum(EVENT_FORMATS).nullable().describe("onsite, online or hybrid"),
    venue: z.string().nullable(),
    city: z.string().nullable(),
    registrationUrl: z.string().nullable(),
  })
  .register(apiSchemas, { id: "Event", description: "When, how and where an event takes place (entries of kind event). Calendars: /feeds/events/{slug}.ics." });

export const apiEntrySchema = z
  .strictObject({
    slug: slugSchema,
    url: z.url().describe("The entry's page on the site"),
    kind: kindSchema,
    title: z.string(),
    titleLang: z.string().nullable().describe("Language of the original title when it is not English"),
    summary: z.string(),
    lang: languageSchema.describe(
      "Language of the title, summary and description given here: the one asked for with `lang` when the entry has a translation into it, otherwise the original's",
    ),
    description: z.string().describe("Markdown"),
    translations: z
      .partialRecord(languageSchema, apiTranslationSchema)
      .describe("Translations of the title, summary and description, by language (ISO 639-1); the original is not among them"),
    countries: z.array(countrySchema),
    levels: z.array(levelSchema),
    themes: z.array(themeSchema),
    languages: z.array(languageSchema),
    organisations: z.array(apiEntryRefSchema).describe("Organisations the entry names"),
    links: z.array(apiEntryLinkSchema),
    website: z.string().nullable(),
    yearStart: z.number().int().nullable(),
    yearEnd: z.number().int().nullable(),
    status: statusSchema.nullable(),
    reach: apiReachSchema,
    funder: z.string().nullable(),
    fundingModel: z.string().nullable(),
    budget: z.string().nullable(),
    sdgs: z.array(z.number().int().min(1).max(17)).describe("UN Sustainable Development Goals, by number"),
    sources: z.array(apiSourceSchema),
    evidenceLevel: apiEvidenceSchema.nullable().describe("The moderators' assessment of the evidence behind the entry (rubric: /about/evidence); null until assessed"),
    publishedAt: timestamp,
    updatedAt: timestamp.describe("ISO 8601 date and time, UTC: the last published change of the entry's content"),
    lastVerifiedAt: timestamp
      .nullable()
      .describe(
        "ISO 8601 date and time, UTC: when a member of the owning organisation or a moderator last confirmed the entry is still accurate; null if never. Entry pages flag entries not verified for 24 months",
      ),
    event: apiEventSchema.nullable().describe("For entries of kind event: when, how and where; null for other kinds"),
  })
  .register(apiSchemas, { id: "Entry", description: "One published entry of the catalogue." });

export const apiEntryListItemSchema = z
  .strictObject({
    slug: slugSchema,
    url: z.url(),
    kind: kindSchema,
    title: z.string(),
    titleLang: z.string().nullable(),
    summary: z.string(),
    countries: z.array(countrySchema),
    levels: z.array(levelSchema),
    themes: z.array(themeSchema),
  })
  .register(apiSchemas, { id: "EntryListItem", description: "An entry as lists show it; the full entry is at /entries/{slug}." });

export const apiPageLinksSchema = z
  .strictObject({ self: z.url(), next: z.url().nullable(), prev: z.url().nullable() })
  .register(apiSchemas, { id: "PageLinks", description: "Absolute URLs of this page and its neighbours (null at either end)." });

export const apiEntryListSchema = z
  .strictObject({
    data: z.array(apiEntryListItemSchema),
    total: z.number().int().nonnegative().describe("Entries matching the search, on every page"),
    page: z.number().int().min(1),
    pageSize: z.number().int().min(1).max(100),
    links: apiPageLinksSchema,
  })
  .register(apiSchemas, { id: "EntryList", description: "One page of the entries matching a search." });

export const apiEntryResponseSchema = z
  .strictObject({ data: apiEntrySchema })
  .register(apiSchemas, { id: "EntryResponse", description: "One entry." });

export const apiTermCountSchema = z
  .strictObject({ value: z.string(), label: z.string(), count: z.number().int().nonnegative() })
  .register(apiSchemas, { id: "TermCount", description: "A vocabulary term: the value used in URLs, its label, and its published entries." });

const termList = z.array(apiTermCountSchema);

const trustFacets = {
  evidence: termList.describe("Evidence levels, strongest first, then entries not yet assessed"),
  freshness: termList.describe("How long ago entries were last verified, judged at the moment of the request: current (under 12 months), due (12 to 24), stale (24 or more, or never)"),
};

export const apiVocabulariesSchema = z
  .strictObject({ country: termList, level: termList, theme: termList, kind: termList, ...trustFacets })
  .register(apiSchemas, { id: "Vocabularies", description: "Every term of the search facets, with its count of published entries." });

export const apiErrorSchema = z
  .strictObject({
    error: z.strictObject({
      code: z.string().describe("Stable, machine-readable"),
      message: z.string().describe("For people"),
      details: z.array(z.string()).optional(),
    }),
  })
  .register(apiSchemas, { id: "Error", description: "Every error of the API has this shape." });

export const apiArchivedEntrySchema = z
  .strictObject({
    slug: z.string(),
    title: z.string(),
    archivedAt: timestamp,
    reason: z.string().nullable().describe("The moderators' public reason"),
    successor: z
      .strictObject({ slug: z.string(), title: z.string(), url: z.url() })
      .nullable()
      .describe("The entry that takes its place, when the moderators named one (it may be archived in turn)"),
  })
  .register(apiSchemas, { id: "ArchivedEntry", description: "What remains public of an archived entry." });

export const apiGoneSchema = z
  .strictObject({
    error: z.strictObject({
      code: z.literal("gone"),
      message: z.string().describe("For people"),
      archived: apiArchivedEntrySchema,
    }),
  })
  .register(apiSchemas, { id: "Gone", description: "The error shape, with the facts of the archived entry." });
export type ApiArchivedEntry = z.infer<typeof apiArchivedEntrySchema>;
export type ApiGone = z.infer<typeof apiGoneSchema>;

export const apiSearchHitSchema = z
  .strictObject({
    slug: slugSchema,
    title: z.string(),
    kind: kindSchema,
    summary: z.string(),
    countries: z.array(countrySchema),
    levels: z.array(levelSchema),
    themes: z.array(themeSchema),
    highlights: z
      .strictObject({ title: z.string(), summary: z.string() })
      .describe("Escaped HTML with <mark> around the matched words"),
    evidenceLevel: apiEvidenceSchema.nullable().describe("The moderators' assessment of the evidence behind the entry (rubric: /about/evidence); null until assessed"),
  })
  .register(apiSchemas, { id: "SearchHit", description: "One result of a search." });

export const apiSearchResultSchema = z
  .strictObject({
    total: z.number().int().nonnegative(),
    page: z.number().int().min(1),
    pageSize: z.number().int().min(1).max(100),
    hits: z.array(apiSearchHitSchema),
    facets: z
      .strictObject({ country: termList, level: termList, theme: termList, kind: termList, ...trustFacets })
      .describe("Values with entries (or selected): most entries first, but evidence levels and freshness in their own order"),
    corrections: z
      .array(z.strictObject({ from: z.string(), to: z.array(z.string()) }))
      .describe("Words replaced by close catalogue words (typo tolerance)"),
    understood: z
      .array(
        z.strictObject({
          word: z.string().describe("The query's word or phrase, lower case, as typed"),
          facet: z.enum(FACETS),
          value: z.string().describe("The facet value it names (a country code, level, theme or kind)"),
        }),
      )
      .describe(
        "Words read as a country, level, kind or theme, in any of the thesaurus's languages (\"… in Sweden\", \"Deutschland\", \"primară\"): they rank entries with that value first instead of being required as text. Add the value as a filter to keep only those entries.",
      ),
    partial: z
      .boolean()
      .describe("True when no entry has every word (and filter): the hits are the entries with most of the words, those with more and earlier words first."),
  })
  .register(apiSchemas, { id: "SearchResult", description: "One page of a search, with its facet counts." });

export type ApiEntry = z.output<typeof apiEntrySchema>;
export type ApiEntryListItem = z.output<typeof apiEntryListItemSchema>;
export type ApiEntryList = z.output<typeof apiEntryListSchema>;
export type ApiVocabularies = z.output<typeof apiVocabulariesSchema>;
export type ApiPageLinks = z.output<typeof apiPageLinksSchema>;
