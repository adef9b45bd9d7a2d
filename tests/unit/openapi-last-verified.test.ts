import { describe, expect, it } from "vitest";
import { z } from "zod";
import { openApiDocument } from "../../lib/api/openapi";

// The OpenAPI document is generated from lib/api/schemas.ts: the entry's
// verification date is documented with it (issue 16).

describe("the OpenAPI document's Entry", () => {
  it("documents lastVerifiedAt as a date and time or null, and requires it", () => {
    const entry = openApiDocument().components.schemas.Entry;
    expect(JSON.stringify(entry)).toContain("lastVerifiedAt");
    const schema = z.object({ properties: z.record(z.string(), z.unknown()), required: z.array(z.string()) }).parse(entry);
    expect(schema.required).toContain("lastVerifiedAt");
    const property = JSON.stringify(schema.properties.lastVerifiedAt);
    expect(property).toContain("null");
    expect(property).toMatch(/last confirmed the entry is still accurate/);
  });
});
