import { z } from "zod";
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
    kind: kindSchema,
    title: z.string(),
    title_lang: nullableString,
    summary: z.string(),
    countries: z.array(countrySchema),
    levels: z.array(levelSchema),
    themes: z.array(themeSchema),
    languages: z.array(languageSchema),
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
    published_at: z.iso.datetime(),
    updated_at: z.iso.datetime(),
  })
  .register(apiSchemas, { id: "ExportRecord", description: "One entry of a JSON export; CSV has the same columns, lists joined by \"; \"." });

type SameKeys<A, B> = [keyof A] extends [keyof B] ? ([keyof B] extends [keyof A] ? true : false) : false;
type Assert<T extends true> = T;
/** Compile-time only: the documented export record has exactly the exporter's fields. */
export type ExportRecordDocumented = Assert<SameKeys<ExportRecord, z.output<typeof apiExportRecordSchema>>>;
