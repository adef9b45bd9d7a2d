import { describe, expect, it } from "vitest";
import { describeProperties, describeSchema } from "../../lib/api/describe-schema";
import { linkHeader, pageLinks } from "../../lib/api/page-links";
import { defaultSearchQuery, emptyFilters } from "../../lib/search/query";

describe("describeSchema", () => {
  it("names references, lists, nullables and enums briefly", () => {
    expect(describeSchema({ $ref: "#/components/schemas/Entry" })).toBe("Entry");
    expect(describeSchema({ type: "array", items: { $ref: "#/components/schemas/TermCount" } })).toBe("list of TermCount");
    expect(describeSchema({ type: ["string", "null"] })).toBe("string or null");
    expect(describeSchema({ anyOf: [{ type: "string", enum: ["a", "b"] }, { type: "null" }] })).toBe('one of "a", "b" or null');
    expect(describeSchema({ type: "array", items: { type: "string", enum: Array.from({ length: 20 }, (_, i) => `v${i}`) } })).toBe("list, each one of 20 values");
    expect(describeSchema({ type: "integer", minimum: 1, maximum: 100 })).toBe("integer 1–100");
  });

  it("lists an object's properties with whether they are required", () => {
    const rows = describeProperties({ type: "object", properties: { a: { type: "string", description: "A" }, b: { type: "number" } }, required: ["a"] });
    expect(rows).toEqual([
      { name: "a", type: "string", required: true, description: "A" },
      { name: "b", type: "number", required: false, description: "" },
    ]);
  });
});

describe("pageLinks", () => {
  const query = defaultSearchQuery({ filters: { ...emptyFilters(), country: ["RO"] }, pageSize: 10 });

  it("links neighbours and leaves the ends null", () => {
    const first = pageLinks("/api/v1/entries", { ...query, page: 1 }, 25);
    expect(first.self).toMatch(/\/api\/v1\/entries\?country=RO&pageSize=10&page=1$/);
    expect(first.next).toMatch(/page=2$/);
    expect(first.prev).toBeNull();
    const last = pageLinks("/api/v1/entries", { ...query, page: 3 }, 25);
    expect(last.next).toBeNull();
    expect(last.prev).toMatch(/page=2$/);
    expect(linkHeader(last)).toBe(`<${last.self}>; rel="self", <${last.prev}>; rel="prev"`);
  });

  it("points a page past the end back at the last one", () => {
    const beyond = pageLinks("/api/v1/entries", { ...query, page: 9 }, 25);
    expect(beyond.next).toBeNull();
    expect(beyond.prev).toMatch(/page=3$/);
    expect(pageLinks("/api/v1/entries", { ...query, page: 1 }, 0).next).toBeNull();
  });
});
