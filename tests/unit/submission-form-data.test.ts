import { describe, expect, it } from "vitest";
import { contentFromFormData, forSubmission } from "../../lib/submissions/form-data";
import { invalid } from "../../lib/result";
import { proposalContentSchema, proposalDraftSchema } from "../../lib/submissions/schema";
import { createTranslator } from "next-intl";
import { friendlyErrors } from "../../components/editor/friendly-message";
import en from "../../lib/i18n/messages/en.json";
import { pathLabel, targetId } from "../../components/editor/field-paths";

const editorInEnglish = createTranslator({ locale: "en", messages: en, namespace: "editor" });

function form(entries: [string, string][]): FormData {
  const data = new FormData();
  for (const [key, value] of entries) data.append(key, value);
  return data;
}

const complete: [string, string][] = [
  ["kind", "programme"],
  ["title", "  Girls Code Balkans  "],
  ["titleLang", ""],
  ["summary", "A coding programme for girls in secondary schools across the Western Balkans."],
  ["description", "Weekly coding clubs, summer camps and mentoring by women engineers."],
  ["countries", "RS"],
  ["countries", "BA"],
  ["levels", "lower-secondary"],
  ["themes", "gender-equality"],
  ["themes", "digital-skills"],
  ["yearStart", "2019"],
  ["yearEnd", ""],
  ["status", "ongoing"],
  ["reach.text", ""],
  ["reach.participants", "1200"],
  ["reach.schools", ""],
  ["reach.girlsShare", "87.5"],
  ["sdgs", "5"],
  ["sdgs", "4"],
  ["sources.0.title", "Annual report 2023"],
  ["sources.0.url", "https://example.org/report.pdf"],
  ["sources.0.note", ""],
  ["sources.1.title", ""],
  ["sources.1.url", ""],
  ["sources.1.note", ""],
  ["links.0.role", "organisation"],
  ["links.0.slug", "girls-code-foundation"],
  ["links.1.role", ""],
  ["links.1.slug", ""],
];

describe("contentFromFormData", () => {
  it("reads a complete editor form into content the complete schema accepts", () => {
    const content = contentFromFormData(form(complete));
    expect(content).toEqual({
      kind: "programme",
      title: "Girls Code Balkans",
      summary: "A coding programme for girls in secondary schools across the Western Balkans.",
      description: "Weekly coding clubs, summer camps and mentoring by women engineers.",
      countries: ["RS", "BA"],
      levels: ["lower-secondary"],
      themes: ["gender-equality", "digital-skills"],
      languages: [],
      yearStart: 2019,
      status: "ongoing",
      reach: { participants: 1200, girlsShare: 87.5 },
      sdgs: [4, 5],
      sources: [{ title: "Annual report 2023", url: "https://example.org/report.pdf" }],
      links: [{ role: "organisation", slug: "girls-code-foundation" }],
    });
    expect(proposalContentSchema.safeParse(content).success).toBe(true);
  });

  it("leaves blank optional fields out, so a bare draft passes the draft schema", () => {
    const content = contentFromFormData(form([["kind", "resource"], ["title", "Maths trails"], ["website", " "], ["reach.text", ""]]));
    expect(content).toEqual({ kind: "resource", title: "Maths trails", countries: [], levels: [], themes: [], languages: [], sdgs: [], links: [] });
    expect(proposalDraftSchema.safeParse(content).success).toBe(true);
  });

  it("asks for a source when a proposal without one is sent for review", () => {
    const content = forSubmission(contentFromFormData(form([["kind", "resource"], ["title", "Maths trails"]])));
    const parsed = proposalContentSchema.safeParse(content);
    const sources = parsed.error?.issues.find((i) => i.path.join(".") === "sources");
    expect(sources?.message).toBe("Give at least one source for the facts");
  });

  it("drops empty rows and closes the gaps, so error paths match what the editor shows again", () => {
    const content = contentFromFormData(
      form([
        ["sources.0.title", ""],
        ["sources.3.title", "Second"],
        ["sources.3.url", "not a url"],
        ["sources.1.note", "only a note"],
      ]),
    );
    expect(content.sources).toEqual([{ note: "only a note" }, { title: "Second", url: "not a url" }]);
    const parsed = proposalContentSchema.safeParse({ ...content, kind: "resource", title: "Trails" });
    expect(parsed.success).toBe(false);
    const paths = parsed.error?.issues.map((i) => i.path.join(".")) ?? [];
    expect(paths).toContain("sources.0.title");
    expect(paths).toContain("sources.1.url");
  });

  it("reads a website or source address typed as www.example.org as https://www.example.org", () => {
    const content = contentFromFormData(
      form([["website", " www.example.org "], ["sources.0.title", "Report"], ["sources.0.url", "example.org/report.pdf"], ["sources.1.title", "Bad"], ["sources.1.url", "javascript:alert(1)"]]),
    );
    expect(content.website).toBe("https://www.example.org");
    expect(content.sources).toEqual([{ title: "Report", url: "https://example.org/report.pdf" }, { title: "Bad", url: "javascript:alert(1)" }]);
  });

  it("passes unreadable numbers on as typed, for the schema to refuse by field", () => {
    const content = contentFromFormData(form([["kind", "programme"], ["title", "Robots"], ["yearStart", "twenty"], ["reach.girlsShare", "140"]]));
    expect(content.yearStart).toBe("twenty");
    expect(content.reach).toEqual({ girlsShare: 140 });
    const parsed = proposalDraftSchema.safeParse(content);
    const paths = parsed.error?.issues.map((i) => i.path.join(".")) ?? [];
    expect(paths).toEqual(expect.arrayContaining(["yearStart", "reach.girlsShare"]));
  });

  it("keeps each checked value once and ignores what is not a number among the goals", () => {
    const content = contentFromFormData(form([["countries", "RO"], ["countries", "RO"], ["sdgs", "13"], ["sdgs", "x"], ["sdgs", "4"]]));
    expect(content.countries).toEqual(["RO"]);
    expect(content.sdgs).toEqual([4, 13]);
  });

  it("reports the end year before the start year on the end year", () => {
    const content = contentFromFormData(form([["kind", "programme"], ["title", "Robots"], ["yearStart", "2020"], ["yearEnd", "2018"]]));
    const parsed = proposalDraftSchema.safeParse(content);
    expect(parsed.error?.issues.map((i) => i.path.join("."))).toEqual(["yearEnd"]);
  });
});

describe("the editor's messages", () => {
  it("say in plain words what the schema refuses, and link each problem to its field", () => {
    const content = contentFromFormData(
      form([["kind", "programme"], ["title", "R"], ["website", "nope"], ["yearStart", "1800"], ["countries", "XX"], ["sources.0.title", "Report"], ["sources.0.url", "bad"]]),
    );
    const parsed = proposalDraftSchema.safeParse(content);
    if (parsed.success) throw new Error("expected problems");
    const errors = friendlyErrors(invalid(parsed.error).fieldErrors ?? {});
    expect(errors).toEqual({
      title: ["Write at least 2 characters."],
      website: ["Give a full web address, starting with https://"],
      yearStart: ["Give a number of at least 1950."],
      "countries.0": ["Choose one of the options in the list."],
      "sources.0.url": ["Give a full web address, starting with https://"],
    });
    expect(pathLabel("sources.0.url", editorInEnglish, "en")).toBe("Source 1, web address");
    expect(pathLabel("reach.girlsShare", editorInEnglish, "en")).toBe("Reach, share of girls");
    expect(targetId("countries.0")).toBe("f-countries");
    expect(targetId("sources.0.url")).toBe("f-sources-0-url");
    expect(targetId("_form")).toBeNull();
  });

  it("pass messages written for people through unchanged", () => {
    expect(friendlyErrors({ sources: ["Give at least one source for the facts"] })).toEqual({ sources: ["Give at least one source for the facts"] });
  });
});
