import { z } from "zod";
import { cleanLine } from "@/lib/forms/clean-text";
import { webAddressSchema } from "@/lib/forms/web-address";
import {
  endAfterStart,
  endAfterStartIssue,
  eventFields,
  eventFieldsOnlyOnEvents,
  eventFieldsOnlyOnEventsIssue,
  startHasZone,
  startHasZoneIssue,
} from "@/lib/events/schema";
import { COUNTRIES, EVIDENCE, FRESHNESS, KINDS, LANGUAGES, LEVELS, STATUSES, THEMES, valuesOf } from "./vocabularies";

// One zod schema for an entry, shared by the seed loader, forms and the API.

export const slugSchema = z
  .string()
  .min(2)
  .max(120)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "Use lower-case letters, digits and single hyphens");

export const kindSchema = z.enum(valuesOf(KINDS));
export const levelSchema = z.enum(valuesOf(LEVELS));
export const themeSchema = z.enum(valuesOf(THEMES));
export const statusSchema = z.enum(valuesOf(STATUSES));
export const countrySchema = z.enum(valuesOf(COUNTRIES));
export const languageSchema = z.enum(valuesOf(LANGUAGES));
/** Values of the search's evidence and freshness facets (vocabularies.ts). */
export const evidenceFacetSchema = z.enum(valuesOf(EVIDENCE));
export const freshnessFacetSchema = z.enum(valuesOf(FRESHNESS));

const year = z.number().int().min(1950).max(2100);

export const linkRoleSchema = z.enum(["organisation", "funder", "funded-by", "organiser", "related"]);
export type LinkRole = z.infer<typeof linkRoleSchema>;

export const entryLinkSchema = z.strictObject({
  role: linkRoleSchema,
  slug: slugSchema,
});

export const factSourceSchema = z.strictObject({
  title: z.string().min(2).max(300),
  url: webAddressSchema().optional(),
  note: z.string().max(500).optional(),
});

export const reachSchema = z.strictObject({
  text: z.string().max(1000).optional(),
  participants: z.number().int().nonnegative().optional(),
  schools: z.number().int().nonnegative().optional(),
  girlsShare: z.number().min(0).max(100).optional(),
});

// A translation of an entry's texts into one language (lib/catalogue/translations.ts
// reads them). Languages come from the catalogue's LANGUAGES list, the one
// titleLang uses, so a Maltese or Greek translation is as welcome as a German one.
export const entryTranslationSchema = z.strictObject({
  title: z.string().overwrite(cleanLine).min(2).max(300),
  summary: z.string().trim().min(20).max(600),
  description: z.string().trim().min(20).max(20_000).optional(),
});
export type EntryTranslation = z.output<typeof entryTranslationSchema>;
export const entryTranslationsSchema = z.partialRecord(languageSchema, entryTranslationSchema);
export type EntryTranslations = z.output<typeof entryTranslationsSchema>;

// The fields of an entry, without cross-field rules, so that proposals can
// derive their own schemas (zod 4 forbids omit/partial on refined objects).
export const entryFieldsSchema = z.strictObject({
  slug: slugSchema,
  kind: kindSchema,
  title: z.string().overwrite(cleanLine).min(2).max(300),
  // BCP 47 tag of the title's language when it is not English (for lang="…").
  titleLang: languageSchema.optional(),
  summary: z.string().trim().min(20).max(600),
  description: z.string().trim().min(20).max(20_000),
  countries: z.array(countrySchema).max(60).default([]),
  levels: z.array(levelSchema).default([]),
  themes: z.array(themeSchema).default([]),
  languages: z.array(languageSchema).default([]),
  links: z.array(entryLinkSchema).default([]),
  sourceAuthor: z.string().max(300).optional(),
  website: webAddressSchema().optional(),
  yearStart: year.optional(),
  yearEnd: year.optional(),
  status: statusSchema.optional(),
  impact: z.string().max(3000).optional(),
  reach: reachSchema.optional(),
  budget: z.string().max(300).optional(),
  fundingModel: z.string().max(300).optional(),
  funder: z.string().max(300).optional(),
  sdgs: z.array(z.number().int().min(1).max(17)).default([]),
  sources: z.array(factSourceSchema).min(1, "Give at least one source for the facts"),
  translations: entryTranslationsSchema.default({}),
  // Events only (ADR 017).
  ...eventFields,
});

/** The end year cannot precede the start year: shared by every entry schema. */
export function yearsInOrder(e: { yearStart?: number | undefined; yearEnd?: number | undefined }): boolean {
  return e.yearStart === undefined || e.yearEnd === undefined || e.yearEnd >= e.yearStart;
}
export const yearsInOrderIssue = { message: "The end year cannot be before the start year", path: ["yearEnd"] };

/** The texts are written in English (titleLang names only the title's language): an English translation would shadow them. */
export function noTranslationIntoOriginal(e: { translations?: Partial<Record<string, unknown>> | undefined }): boolean {
  return !Object.hasOwn(e.translations ?? {}, "en");
}
export const noTranslationIntoOriginalIssue = {
  message: "A translation cannot be in English, the language the entry is written in",
  path: ["translations"],
};

export const entryInputSchema = entryFieldsSchema
  .refine(yearsInOrder, yearsInOrderIssue)
  .refine(noTranslationIntoOriginal, noTranslationIntoOriginalIssue)
  .refine(eventFieldsOnlyOnEvents, eventFieldsOnlyOnEventsIssue)
  .refine(startHasZone, startHasZoneIssue)
  .refine(endAfterStart, endAfterStartIssue);

export type EntryInput = z.input<typeof entryInputSchema>;
export type Entry = z.output<typeof entryInputSchema>;

export const catalogueFileSchema = z.array(entryInputSchema);
