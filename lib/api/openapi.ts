import { z } from "zod";
import { countrySchema, evidenceFacetSchema, freshnessFacetSchema, kindSchema, levelSchema, slugSchema, themeSchema } from "@/lib/catalogue/schema";
import { EXPORT_FORMATS, MAX_EXPORT_ENTRIES } from "@/lib/export/params";
import { DEFAULT_PAGE_SIZE, MAX_PAGE, MAX_PAGE_SIZE } from "@/lib/search/query";
import { MAX_QUERY_LENGTH } from "@/lib/search/text";
import { SORTS } from "@/lib/search/types";
import { absoluteUrl } from "@/lib/site-url";
import { FLAG_AFTER_MONTHS, REMIND_AFTER_MONTHS } from "@/lib/verification/freshness";
import "./export-schema";
import "./alliance-schema";
import { allianceTypeSchema } from "@/lib/alliance/vocabulary";
import { DIRECTORY_FORMATS } from "@/lib/alliance/directory-query";
import { apiSchemas } from "./schemas";
import { API_OPERATIONS, type ApiOperation } from "./openapi-operations";
import { contentLanguageSchema } from "./content-language";
import { labelLanguageSchema } from "./label-language";

// The OpenAPI 3.1 document of /api/v1, generated from the zod schemas of
// ./schemas.ts (zod 4's JSON Schema output, draft 2020-12, which is OpenAPI
// 3.1's own dialect). The /api-docs page is rendered from it too.

export type JsonSchema = z.core.JSONSchema.BaseSchema;
export type Ref = { $ref: string };

export type ApiParameter = {
  name: string;
  in: "query" | "path";
  required: boolean;
  description: string;
  schema: JsonSchema;
  style?: "form";
  explode?: boolean;
};

export type ApiResponseObject = {
  description: string;
  headers?: Record<string, Ref>;
  content?: Record<string, { schema: JsonSchema }>;
};

export type ApiHeader = { description: string; schema: JsonSchema };

export type OpenApiDocument = {
  openapi: "3.1.0";
  jsonSchemaDialect: string;
  info: { title: string; version: string; description: string };
  servers: { url: string; description: string }[];
  tags: { name: string; description: string }[];
  paths: Record<string, { get: ApiOperation }>;
  components: {
    schemas: Record<string, JsonSchema>;
    parameters: Record<string, ApiParameter>;
    responses: Record<string, ApiResponseObject>;
    headers: Record<string, ApiHeader>;
  };
};

/** A component's reference, e.g. ref("schemas", "Entry"). */
export function ref(section: "schemas" | "parameters" | "responses" | "headers", name: string): Ref {
  return { $ref: `#/components/${section}/${name}` };
}

/** The schema without the keywords only a standalone document needs (inside OpenAPI, $id would move the base of every $ref). */
function embedded(schema: JsonSchema): JsonSchema {
  const copy = { ...schema };
  delete copy.$schema;
  delete copy.$id;
  return copy;
}

function toSchema(schema: z.ZodType): JsonSchema {
  return embedded(z.toJSONSchema(schema, { target: "draft-2020-12", io: "input" }));
}

function componentSchemas(): Record<string, JsonSchema> {
  const { schemas } = z.toJSONSchema(apiSchemas, {
    target: "draft-2020-12",
    io: "output",
    uri: (id) => ref("schemas", id).$ref,
    // Descriptions given at registration live in apiSchemas, not in zod's global registry.
    override: ({ zodSchema, jsonSchema }) => {
      const description = apiSchemas.get(zodSchema)?.description;
      if (description) jsonSchema.description = description;
    },
  });
  return Object.fromEntries(Object.entries(schemas).map(([id, schema]) => [id, embedded(schema)]));
}

function query(name: string, schema: z.ZodType, description: string, list = false): ApiParameter {
  return { name, in: "query", required: false, description, schema: toSchema(schema), ...(list ? { style: "form", explode: true } : {}) };
}

const facetNote = "Repeat the parameter for several values: an entry matches any of them.";

function parameters(): Record<string, ApiParameter> {
  return {
    q: query("q", z.string().max(MAX_QUERY_LENGTH), "Words to search for in titles, summaries and descriptions. Accents are ignored, words match as prefixes, close spellings are tolerated."),
    country: query("country", z.array(countrySchema), `Country, as an ISO 3166-1 alpha-2 code. ${facetNote}`, true),
    level: query("level", z.array(levelSchema), `Education level. ${facetNote}`, true),
    theme: query("theme", z.array(themeSchema), `Theme. ${facetNote}`, true),
    kind: query("kind", z.array(kindSchema), `Kind of entry. ${facetNote}`, true),
    evidence: query(
      "evidence",
      z.array(evidenceFacetSchema),
      `The moderators' evidence level (rubric: /about/evidence); not-assessed finds the entries without one. ${facetNote}`,
      true,
    ),
    freshness: query(
      "freshness",
      z.array(freshnessFacetSchema),
      `How long ago the entry was last verified, at the moment of the request: current (under ${REMIND_AFTER_MONTHS} months), due (${REMIND_AFTER_MONTHS} to ${FLAG_AFTER_MONTHS} months), stale (${FLAG_AFTER_MONTHS} months or more, or never: the entries that need checking). ${facetNote}`,
      true,
    ),
    sort: query("sort", z.enum(SORTS), "Order of the results: relevance (the default with words), newest (the default without) or title."),
    page: query("page", z.number().int().min(1).max(MAX_PAGE).default(1), "Page of the results, from 1."),
    pageSize: query("pageSize", z.number().int().min(1).max(MAX_PAGE_SIZE).default(DEFAULT_PAGE_SIZE), "Results a page."),
    format: query("format", z.enum(EXPORT_FORMATS).default("csv"), "File format of the export."),
    limit: query("limit", z.number().int().min(1).max(MAX_EXPORT_ENTRIES), `Keep only the first entries. Without it, a search matching more than ${MAX_EXPORT_ENTRIES} entries is refused.`),
    lang: query("lang", labelLanguageSchema.default("en"), "Language of the labels (ISO 639-1): countries are named from CLDR, kinds, levels and themes from the clearinghouse's thesaurus."),
    entryLang: query(
      "lang",
      contentLanguageSchema,
      "Language to give the title, summary and description in (ISO 639-1), when the entry has a translation into it; otherwise, and without `lang`, the original's. The answer's `lang` says which it is; `translations` holds them all.",
    ),
    exportLang: query(
      "lang",
      contentLanguageSchema,
      "Language to write titles and summaries in (ISO 639-1) where an entry has a translation into it; `title_lang` then names it. Without it, the originals.",
    ),
    allianceCountry: query("country", countrySchema, "Only members in this country (ISO 3166-1 alpha-2)."),
    allianceType: query("type", allianceTypeSchema, "Only members of this type."),
    allianceFormat: query("format", z.enum(DIRECTORY_FORMATS).default("json"), "json (the directory with counts) or csv (the members as an attachment)."),
    slug: { name: "slug", in: "path", required: true, description: "The entry's slug, as in its page's address.", schema: toSchema(slugSchema) },
  };
}

function errorResponse(description: string, headers?: Record<string, Ref>): ApiResponseObject {
  return { description, ...(headers ? { headers } : {}), content: { "application/json": { schema: ref("schemas", "Error") } } };
}

function responses(): Record<string, ApiResponseObject> {
  return {
    NotModified: { description: "The representation named in If-None-Match is still current; no body.", headers: { ETag: ref("headers", "ETag") } },
    BadRequest: errorResponse("A parameter is malformed or names an unknown vocabulary value; details lists every problem."),
    NotFound: errorResponse("No entry has this slug, published or archived."),
    Gone: {
      description: "The entry was archived: it is no longer public. The body says when, why, and which entry takes its place.",
      content: { "application/json": { schema: ref("schemas", "Gone") } },
    },
    QueryTooLong: errorResponse("The query string is longer than 4096 characters."),
    TooManyRequests: errorResponse("The client has used up its requests for this minute.", { "Retry-After": ref("headers", "Retry-After") }),
  };
}

function headers(): Record<string, ApiHeader> {
  return {
    ETag: { description: "Strong entity tag of the body; send it back in If-None-Match to get 304 when nothing changed.", schema: { type: "string" } },
    "Cache-Control": { description: "public, max-age=60", schema: { type: "string" } },
    "Retry-After": { description: "Seconds until the client's request budget is renewed.", schema: { type: "integer", minimum: 1 } },
    "X-Search-Engine": { description: "Which engine answered: postgres, meilisearch or postgres-fallback.", schema: { type: "string", enum: ["postgres", "meilisearch", "postgres-fallback"] } },
    Link: { description: "The page links as an RFC 8288 header (rel self, next, prev).", schema: { type: "string" } },
    "Content-Disposition": {
      description:
        "attachment; filename=\"stem-clearinghouse-<selection>-<date>.csv\" (or .json), with filename* beside it; <selection> names the search's countries, kinds, themes, levels, evidence levels, freshness and words (lowercase ASCII, hyphens), e.g. stem-clearinghouse-mk-2026-12-02.csv",
      schema: { type: "string" },
    },
  };
}

let components: OpenApiDocument["components"] | undefined;

export function openApiDocument(): OpenApiDocument {
  // The components do not change while the process runs; the server URL may.
  components ??= { schemas: componentSchemas(), parameters: parameters(), responses: responses(), headers: headers() };
  return {
    openapi: "3.1.0",
    jsonSchemaDialect: "https://json-schema.org/draft/2020-12/schema",
    info: {
      title: "STEM Clearinghouse Open API",
      version: "1.0.0",
      description:
        "Read-only JSON access to the published entries of the STEM Clearinghouse: search them, list them page by page, read one, and count the vocabularies; and the directory of the Regional STEM Alliance. No key is needed. Answers carry an ETag and may be cached for a minute; each client may send a limited number of requests a minute.",
    },
    servers: [{ url: absoluteUrl("/api/v1"), description: "This site" }],
    tags: [
      { name: "Entries", description: "Published entries of the catalogue." },
      { name: "Search", description: "The search of the site, with its facet counts." },
      { name: "Vocabularies", description: "The terms entries are described with." },
      { name: "Export", description: "Every entry of a search as one file." },
      { name: "Alliance", description: "The members of the Regional STEM Alliance." },
    ],
    paths: Object.fromEntries(API_OPERATIONS.map(({ path, operation }) => [path, { get: operation }])),
    components,
  };
}
