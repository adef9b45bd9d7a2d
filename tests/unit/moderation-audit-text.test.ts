import { describe, expect, it } from "vitest";
import type { AuditRecord } from "@/lib/audit/audit";
import { actionLabel, detailLines, subjectHref } from "@/components/moderation/audit-text";

function record(overrides: Partial<AuditRecord>): AuditRecord {
  return { id: "1", at: new Date(0), actor: "a@example.org", action: "proposal.approved", subjectType: "proposal", subjectId: "p-1", subjectName: null, details: {}, ...overrides };
}

describe("the audit log in words", () => {
  it("names known actions and humanises unknown ones, so no event disappears", () => {
    expect(actionLabel("proposal.changes_requested")).toBe("Asked for changes");
    expect(actionLabel("user.role_changed")).toBe("User role changed");
  });

  it("reads a state change as one line and names the other details", () => {
    expect(detailLines({ from: "submitted", to: "approved", comment: "Fine" })).toEqual(["Submitted → Approved", "Comment: Fine"]);
    expect(detailLines({ from: "member", to: "moderator" })).toEqual(["member → moderator"]);
    expect(detailLines({ comment: "", version: 2 })).toEqual(["Version: 2"]);
    expect(detailLines(null)).toEqual([]);
  });

  it("links proposals to their review and entries to their history when the slug is known", () => {
    expect(subjectHref(record({}))).toBe("/moderation/p-1");
    expect(subjectHref(record({ subjectType: "entry", details: { slug: "robo-lab" } }))).toBe("/moderation/entries/robo-lab");
    expect(subjectHref(record({ subjectType: "entry", details: {} }))).toBeNull();
    expect(subjectHref(record({ subjectType: "user" }))).toBeNull();
  });
});
