import { z } from "zod";
import { evidenceLevelSchema } from "@/lib/evidence/levels";
import type { ExportRecord } from "@/lib/export/columns";
import { countrySchema, kindSchema, languageSchema, levelSchema, slugSchema, statusSchema, themeSchema } from "@/lib/catalogue/schema";
import { apiSchemas } from "./schemas";

// The items of a JSON export (GET /api/v1/export?format=json), for the OpenAPI
// document only: lib/export writes them. The type check below fails the build
// when the two drift apart.

const nullableString = z.string().nullable();
const nullableCount = z.number().int().nonnegative().nullable();

export const apiExportRecordSchema = z
  .strictObject({
    slug: slugSchema,
    url: z.url(),
    kind: z.string().describe("The kind's name, e.g. \"Project team\""),
    kind_code: kindSchema,
    title: z.string(),
    title_lang: nullableString,
    summary: z.string(),
    countries: z.array(z.string()).describe("Names of the countries, e.g. \"North Macedonia\"; their codes are in country_codes"),
    country_codes: z.array(countrySchema),
    levels: z.array(z.string()).describe("Names of the education levels; codes in level_codes"),
    level_codes: z.array(levelSchema),
    themes: z.array(z.string()).describe("Names of the themes; codes in theme_codes"),
    theme_codes: z.array(themeSchema),
    languages: z.array(z.string()).describe("Names of the languages; codes in language_codes"),
    language_codes: z.array(languageSchema),
    organisations: z.array(z.string()).describe("Names of the organisations"),
    website: nullableString,
    year_start: z.number().int().nullable(),
    year_end: z.number().int().nullable(),
    status: statusSchema.nullable(),
    participants: nullableCount,
    schools: nullableCount,
    girls_share: z.number().min(0).max(100).nullable(),
    funder: nullableString,
    funding_model: nullableString,
    budget: nullableString,
    sdgs: z.array(z.number().int().min(1).max(17)),
    evidence_level: evidenceLevelSchema.nullable().describe("The moderators' evidence level (rubric: /about/evidence); empty until assessed"),
    event_starts_at: nullableString.describe("Events only: the start, ISO 8601 with the offset of event_time_zone"),
    event_ends_at: nullableString.describe("Events only: the end, like event_starts_at"),
    event_time_zone: nullableString.describe("Events only: IANA time zone, e.g. Europe/Sofia"),
    event_format: nullableString.describe("Events only: onsite, online or hybrid"),
    event_venue: nullableString,
    event_city: nullableString,
    event_registration_url: nullableString,
    published_at: z.iso.datetime(),
    updated_at: z.iso.datetime(),
  })
  .register(apiSchemas, { id: "ExportRecord", description:
      "One entry of a JSON export; CSV has the same columns, lists joined by \"; \". Vocabulary values come as names (kind, countries, levels, themes, languages) and, beside them, as codes (kind_code, country_codes, …); an import reads the codes.",
  });

type SameKeys<A, B> = [keyof A] extends [keyof B] ? ([keyof B] extends [keyof A] ? true : false) : false;
type Assert<T extends true> = T;
/** Compile-time only: the documented export record has exactly the exporter's fields. */
export type ExportRecordDocumented = Assert<SameKeys<ExportRecord, z.output<typeof apiExportRecordSchema>>>;
