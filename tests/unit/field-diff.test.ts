import { describe, expect, it } from "vitest";
import { diffContent, fieldChanged, normaliseText } from "../../lib/submissions/fields";
import type { ProposalDraft } from "../../lib/submissions/schema";

// The review marks a field CHANGED only when a reader would see a difference:
// sets in another order and textarea line endings are the same value.

const published: ProposalDraft = {
  kind: "programme",
  title: "Robotics for girls",
  summary: "A programme that brings robotics clubs to girls in rural schools.",
  description: "First paragraph.\n\nSecond paragraph,\nwith a line break.",
  countries: ["RO", "MT", "GR"],
  levels: ["primary", "lower-secondary", "upper-secondary"],
  themes: ["gender-equality", "digital-skills", "hands-on-experiments"],
  languages: ["ro", "en"],
  sdgs: [4, 5, 9],
  links: [
    { role: "related", slug: "a" },
    { role: "organisation", slug: "b" },
  ],
  reach: { text: "Schools in three regions", participants: 400 },
  impact: "More girls choose STEM.\n",
};

function changedFields(before: ProposalDraft, after: ProposalDraft) {
  return diffContent(before, after)
    .filter((c) => c.changed)
    .map((c) => c.field);
}

describe("the moderator's diff", () => {
  it("marks only the fields a member edited, when the sets came back reordered and the text with CRLF", () => {
    const edited: ProposalDraft = {
      ...published,
      summary: "A programme that brings robotics clubs to girls in rural and mountain schools.",
      description: "First paragraph.  \r\n\r\nSecond paragraph,\r\nwith a line break.\r\n",
      countries: ["GR", "RO", "MT"],
      levels: ["upper-secondary", "primary", "lower-secondary"],
      themes: ["hands-on-experiments", "gender-equality", "digital-skills"],
      languages: ["en", "ro"],
      sdgs: [9, 4, 5],
      links: [
        { role: "organisation", slug: "b" },
        { role: "related", slug: "a" },
      ],
      reach: { text: "Schools in four regions", participants: 400 },
      impact: "More girls choose STEM.\r\n",
    };
    expect(changedFields(published, edited)).toEqual(["summary", "reach"]);
  });

  it("still sees a set change: a value added, removed or swapped", () => {
    expect(fieldChanged("levels", ["Primary", "Lower secondary"], ["Lower secondary"])).toBe(true);
    expect(fieldChanged("themes", ["Mathematics"], ["Mathematics", "Careers and labour market"])).toBe(true);
    expect(fieldChanged("countries", ["Romania", "Malta"], ["Malta", "Greece"])).toBe(true);
  });

  it("still sees a text change, also one that only moves a line break or reorders lines of text", () => {
    expect(changedFields(published, { ...published, description: "First paragraph.\nSecond paragraph,\nwith a line break." })).toEqual(["description"]);
    expect(fieldChanged("description", ["a\nb"], ["b\na"])).toBe(true);
    expect(fieldChanged("sources", ["One", "Two"], ["Two", "One"])).toBe(true);
    expect(fieldChanged("title", ["Robotics"], ["Robotics club"])).toBe(true);
  });

  it("ignores whitespace-only differences at line ends", () => {
    expect(fieldChanged("summary", ["Text\t "], ["Text"])).toBe(false);
    expect(fieldChanged("description", ["a\r\nb\rc"], ["a\nb\nc"])).toBe(false);
    expect(normaliseText("  keeps indent \r\n  x  \r\n\r\n")).toBe("keeps indent\n  x");
  });
});
