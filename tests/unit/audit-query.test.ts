import { describe, expect, it } from "vitest";
import { auditFilterParams, auditQuerySchema, auditRange } from "@/lib/audit/audit-query";

describe("the audit log's query", () => {
  it("reads a date range and a person, and drops bad paging and subjects", () => {
    const id = "6f1c1f0e-2d6b-4c1a-9a43-2f6d2b7d6e10";
    const query = auditQuerySchema.parse({ before: "x", subject: "nope", actor: id, from: "2026-03-01", to: "2026-03-31" });
    expect(query).toEqual({ before: undefined, subject: undefined, actor: id, from: "2026-03-01", to: "2026-03-31" });
    expect(auditRange(query)).toEqual({ from: new Date("2026-03-01T00:00:00Z"), until: new Date("2026-04-01T00:00:00Z") });
    expect(auditFilterParams(query).toString()).toBe(`actor=${id}&from=2026-03-01&to=2026-03-31`);
  });

  it("treats empty dates as none", () => {
    expect(auditQuerySchema.parse({ from: "", to: "" })).toMatchObject({ from: undefined, to: undefined });
  });

  it("refuses impossible dates and a range that ends before it starts, with a message", () => {
    const bad = auditQuerySchema.safeParse({ from: "2026-02-30" });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([["from", "Enter a date like 2026-03-31."]]);
    const reversed = auditQuerySchema.safeParse({ from: "2026-05-02", to: "2026-05-01" });
    expect(reversed.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([["to", "The end date must be on or after the start date."]]);
  });
});
