import type { ApiResponseObject, Ref } from "./openapi";

// The operations of /api/v1, as OpenAPI operation objects. Every schema,
// parameter and error answer is a reference into the document's components.

export type ApiOperation = {
  operationId: string;
  tags: string[];
  summary: string;
  description: string;
  parameters: Ref[];
  responses: Record<string, ApiResponseObject | Ref>;
  /** A request to show in the documentation, relative to the server URL. */
  "x-example": string;
};

const componentRef = (section: string, name: string): Ref => ({ $ref: `#/components/${section}/${name}` });
const param = (name: string) => componentRef("parameters", name);
const answer = (name: string) => componentRef("responses", name);
const header = (name: string) => componentRef("headers", name);

const SEARCH_PARAMETERS = ["q", "country", "level", "theme", "kind", "evidence", "freshness", "sort"].map(param);
const CACHED_HEADERS = { ETag: header("ETag"), "Cache-Control": header("Cache-Control") };

function json(description: string, schema: string, extraHeaders: Record<string, Ref> = {}): ApiResponseObject {
  return {
    description,
    headers: { ...CACHED_HEADERS, ...extraHeaders },
    content: { "application/json": { schema: componentRef("schemas", schema) } },
  };
}

const COMMON_ERRORS = { "304": answer("NotModified"), "429": answer("TooManyRequests") };

export const API_OPERATIONS: { path: string; operation: ApiOperation }[] = [
  {
    path: "/entries",
    operation: {
      operationId: "listEntries",
      tags: ["Entries"],
      summary: "List published entries",
      description:
        "The entries a search matches, page by page, in the search's order. Takes the search's parameters; without any, every published entry, newest first. links.next and links.prev (also in the Link header) lead to the neighbouring pages and are null at either end.",
      parameters: [...SEARCH_PARAMETERS, param("page"), param("pageSize")],
      responses: {
        "200": json("One page of entries.", "EntryList", { Link: header("Link"), "X-Search-Engine": header("X-Search-Engine") }),
        ...COMMON_ERRORS,
        "400": answer("BadRequest"),
        "414": answer("QueryTooLong"),
      },
      "x-example": "/entries?country=RO&level=primary&pageSize=5",
    },
  },
  {
    path: "/entries/{slug}",
    operation: {
      operationId: "getEntry",
      tags: ["Entries"],
      summary: "Read one published entry",
      description:
        "Every public field of one entry: its description in Markdown, vocabularies, organisations, links, reach, funding and sources, and its translations. `lang` chooses the language of the title, summary and description.",
      parameters: [param("slug"), param("entryLang")],
      responses: { "200": json("The entry.", "EntryResponse"), ...COMMON_ERRORS, "404": answer("NotFound"), "410": answer("Gone") },
      "x-example": "/entries/quakesafe",
    },
  },
  {
    path: "/search",
    operation: {
      operationId: "searchEntries",
      tags: ["Search"],
      summary: "Search the catalogue",
      description:
        "The site's search as JSON: hits with highlighted titles and summaries and their evidence levels, disjunctive facet counts (each facet counted without its own selection), the corrections made to misspelt words, the words understood as a country, level, kind or theme, and whether the hits have only some of the words. `q` may be in any of 14 European languages and in Cyrillic, Greek or Latin letters: words match their translations, other scripts and place names in every language. `lang` gives the facet labels in one of 14 languages; values and counts stay the same. `evidence` and `freshness` filter by what the alliance knows of an entry: its evidence level, and how long ago it was last verified (judged at the moment of the request).",
      parameters: [...SEARCH_PARAMETERS, param("page"), param("pageSize"), param("lang")],
      responses: {
        "200": json("One page of results with facet counts.", "SearchResult", { "X-Search-Engine": header("X-Search-Engine") }),
        ...COMMON_ERRORS,
        "400": answer("BadRequest"),
        "414": answer("QueryTooLong"),
      },
      "x-example": "/search?q=robotics&theme=gender-equality",
    },
  },
  {
    path: "/vocabularies",
    operation: {
      operationId: "listVocabularies",
      tags: ["Vocabularies"],
      summary: "List the vocabularies with counts",
      description:
        "Every country, level, theme and kind with its label and the number of published entries described with it (0 included), and the same for evidence levels and freshness. `lang` gives the labels in one of 14 languages.",
      parameters: [param("lang")],
      responses: { "200": json("The vocabularies.", "Vocabularies"), ...COMMON_ERRORS, "400": answer("BadRequest") },
      "x-example": "/vocabularies",
    },
  },
  {
    path: "/export",
    operation: {
      operationId: "exportEntries",
      tags: ["Export"],
      summary: "Download every entry of a search",
      description:
        "Every entry a search matches, in the search's order, as a CSV or JSON attachment; paging parameters are ignored. Not cached and without an ETag, since a download may be large.",
      parameters: [...SEARCH_PARAMETERS, param("format"), param("limit"), param("exportLang")],
      responses: {
        "200": {
          description: "The file.",
          headers: { "Content-Disposition": header("Content-Disposition") },
          content: {
            "text/csv": { schema: { type: "string", description: "RFC 4180 CSV in UTF-8 with a byte-order mark and a header row; the columns are ExportRecord's properties." } },
            "application/json": { schema: { type: "array", items: componentRef("schemas", "ExportRecord") } },
          },
        },
        "400": answer("BadRequest"),
        "414": answer("QueryTooLong"),
        "429": answer("TooManyRequests"),
      },
      "x-example": "/export?format=json&kind=project-team",
    },
  },
  {
    path: "/alliance",
    operation: {
      operationId: "listAllianceMembers",
      tags: ["Alliance"],
      summary: "List the members of the Regional STEM Alliance",
      description:
        "The Alliance's current members by name (suspended and ended memberships are not listed), with their country, type, date of joining, profile, website, Roadmap 2030 priorities and the published entries they own, and counts of all current members by country and type. `format=csv` gives the members as a CSV attachment instead.",
      parameters: [param("allianceCountry"), param("allianceType"), param("allianceFormat")],
      responses: {
        "200": {
          description: "The directory.",
          headers: { "Content-Disposition": header("Content-Disposition") },
          content: {
            "application/json": { schema: componentRef("schemas", "AllianceDirectory") },
            "text/csv": { schema: { type: "string", description: "RFC 4180 CSV in UTF-8 with a byte-order mark; columns slug, name, country, type, joined_on, profile, website, priorities, entries (lists joined by \"; \")." } },
          },
        },
        "400": answer("BadRequest"),
        "429": answer("TooManyRequests"),
      },
      "x-example": "/alliance?country=RO",
    },
  },
];
