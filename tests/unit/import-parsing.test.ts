import { describe, expect, it } from "vitest";
import type { ExportRecord } from "@/lib/export/columns";
import { csvChunks } from "@/lib/export/csv";
import { neutraliseFormula, restoreFormula } from "@/lib/export/csv-safety";
import { jsonChunks } from "@/lib/export/json";
import { toCandidate, validateCandidate } from "@/lib/imports/map-row";
import { parseImportFile } from "@/lib/imports/parse-file";
import { rowLabel } from "@/lib/imports/row-label";
import { sameInFile } from "@/lib/imports/same-in-file";

const encode = (text: string) => new TextEncoder().encode(text);

function parsed(fileName: string, text: string | Uint8Array) {
  const result = parseImportFile(fileName, typeof text === "string" ? encode(text) : text);
  if (!result.ok) throw new Error(result.message);
  return result;
}

function failure(fileName: string, text: string | Uint8Array): string {
  const result = parseImportFile(fileName, typeof text === "string" ? encode(text) : text);
  if (result.ok) throw new Error("expected the file to be refused");
  return result.message;
}

const record: ExportRecord = {
  slug: "robo-lab",
  url: "https://example.org/entries/robo-lab",
  kind: "Programme",
  kind_code: "programme",
  title: "=HYPERLINK(\"http://evil\") Robo,=lab; \"quoted\";@x",
  title_lang: null,
  summary: "-Pupils build robots, test them; and write\nabout it in two lines.",
  countries: ["North Macedonia", "Albania"],
  country_codes: ["MK", "AL"],
  levels: ["Lower secondary"],
  level_codes: ["lower-secondary"],
  themes: ["Digital skills", "Mathematics"],
  theme_codes: ["digital-skills", "mathematics"],
  languages: ["Macedonian"],
  language_codes: ["mk"],
  organisations: [],
  website: "https://example.org/robo",
  year_start: 2019,
  year_end: 2023,
  status: "completed",
  participants: 1200,
  schools: 14,
  girls_share: 48.5,
  funder: "@Ministry",
  funding_model: null,
  budget: "+40 000 EUR",
  sdgs: [4, 5],
  evidence_level: null,
  event_starts_at: null,
  event_ends_at: null,
  event_time_zone: null,
  event_format: null,
  event_venue: null,
  event_city: null,
  event_registration_url: null,
  published_at: "2026-01-01T00:00:00.000Z",
  updated_at: "2026-01-01T00:00:00.000Z",
};

async function text(chunks: AsyncGenerator<string>): Promise<string> {
  let out = "";
  for await (const chunk of chunks) out += chunk;
  return out;
}

async function* once(records: ExportRecord[]) {
  yield records;
}

describe("reading CSV", () => {
  it("reads the header case-insensitively, skips a BOM and empty lines, and numbers rows by the line they start on", () => {
    const file = parsed("a.csv", '\uFEFFKind, Title ,summary\r\nprogramme,"Two\r\nlines",s\r\n\r\nresource,"Comma, and; semicolon",s\r\nplatform,"a ""quote""\nand LF",s');
    expect(file.columns).toEqual(["kind", "title", "summary"]);
    expect(file.records.map((r) => [r.row, r.values.title])).toEqual([
      [2, "Two\r\nlines"],
      [5, "Comma, and; semicolon"],
      [6, 'a "quote"\nand LF'],
    ]);
  });

  it("undoes exactly the export's formula neutralising", () => {
    for (const cell of ["=1+1", "+4", "-x", "@a", "\tx", "plain", "'quoted", "'"]) expect(restoreFormula(neutraliseFormula(cell))).toBe(cell);
    expect(restoreFormula("'=kept")).toBe("=kept");
    expect(restoreFormula("'word")).toBe("'word");
  });

  it("undoes the neutralising after separators too, and keeps apostrophes a person wrote", () => {
    const cells = ["x;=cmd|' /C calc'!A0", "a,+1", "b;@SUM(1)", "c\t-2", "\t=x", "a;'=b", "''=c", "a, -1", "x;;=y", "a;'b", "it's; fine"];
    for (const cell of cells) expect(restoreFormula(neutraliseFormula(cell))).toBe(cell);
    expect(restoreFormula("x;'=cmd")).toBe("x;=cmd");
  });

  it("round-trips the site's own export losslessly", async () => {
    const file = parsed("export.csv", await text(csvChunks(once([record]))));
    const values = file.records[0]?.values ?? {};
    expect(values.title).toBe(record.title);
    expect(values.summary).toBe(record.summary);
    expect(values.funder).toBe("@Ministry");
    const { fields } = toCandidate(values);
    expect(fields).toMatchObject({
      kind: "programme",
      title: record.title,
      countries: ["MK", "AL"],
      levels: ["lower-secondary"],
      themes: ["digital-skills", "mathematics"],
      languages: ["mk"],
      yearStart: 2019,
      reach: { participants: 1200, schools: 14, girlsShare: 48.5 },
      budget: "+40 000 EUR",
      sdgs: [4, 5],
    });
  });

  it("reads codes before names, names alone, and codes alone as older exports wrote them", () => {
    const both = { kind: "Project team", kind_code: "programme", countries: "North Macedonia; Romania", country_codes: "MK; RO" };
    expect(toCandidate(both).fields).toMatchObject({ kind: "programme", countries: ["MK", "RO"] });
    const names = { kind: "Project team", countries: "north macedonia; Türkiye", levels: "Primary", themes: "Mathematics", languages: "Romanian" };
    expect(toCandidate(names).fields).toMatchObject({ kind: "project-team", countries: ["MK", "TR"], levels: ["primary"], themes: ["mathematics"], languages: ["ro"] });
    const codes = { kind: "resource", countries: "mk; RO", levels: "primary", themes: "mathematics", languages: "ro" };
    expect(toCandidate(codes).fields).toMatchObject({ kind: "resource", countries: ["MK", "RO"], levels: ["primary"], themes: ["mathematics"], languages: ["ro"] });
  });

  it("refuses broken files with one clear message", () => {
    expect(failure("a.csv", "")).toMatch(/empty/);
    expect(failure("a.csv", "kind,title\n")).toMatch(/no entries/);
    expect(failure("a.csv", 'kind,title\nprogramme,"open quote\n')).toMatch(/could not be read as CSV/);
    expect(failure("a.csv", "kind,title\nprogramme,a,extra\n")).toMatch(/as many cells as the header/);
    expect(failure("a.csv", "kind,Kind\nx,y\n")).toMatch(/more than once: kind/);
    expect(failure("a.csv", new Uint8Array([0x6b, 0x69, 0x6e, 0x64, 0x0a, 0xe9, 0x0a]))).toMatch(/not UTF-8/);
    expect(failure("a.csv", new Uint8Array(5 * 1024 * 1024 + 1).fill(0x61))).toMatch(/larger than 5 MB/);
    expect(failure("a.csv", `kind\n${"programme\n".repeat(5001)}`)).toMatch(/5001 entries; one import takes at most 5000/);
  });
});

describe("reading JSON", () => {
  it("reads the export's array and an { entries } wrapper, numbering items from 1", async () => {
    const file = parsed("export.json", await text(jsonChunks(once([record, { ...record, slug: "second" }]))));
    expect(file.records.map((r) => r.row)).toEqual([1, 2]);
    expect(toCandidate(file.records[0]?.values ?? {}).fields).toMatchObject({ countries: ["MK", "AL"], sdgs: [4, 5], yearEnd: 2023 });
    expect(parsed("x.json", '{"entries":[{"Title":"A"}]}').records[0]?.values).toEqual({ title: "A" });
  });

  it("refuses what is not a list of objects", () => {
    expect(failure("a.json", "[{")).toMatch(/not valid JSON/);
    expect(failure("a.json", '{"title":"x"}')).toMatch(/list of entries/);
    expect(failure("a.json", "[1]")).toMatch(/Item 1 .* not an object/);
    expect(failure("a.json", "[]")).toMatch(/no entries/);
  });
});

describe("a row as proposal content", () => {
  const row = {
    kind: " Programme ",
    title: "Bridge builders",
    summary: "Pupils build model bridges and test what they carry.",
    countries: "mk;  al ;",
    levels: "lower-secondary",
    year_start: "2021",
    sdgs: "4; 9",
    source_title: "Workshop report",
    source_url: "https://example.org/report",
  };

  it("splits lists, reads numbers and uses the summary when there is no description", () => {
    const candidate = toCandidate(row);
    expect(candidate.descriptionFromSummary).toBe(true);
    const judged = validateCandidate(candidate.fields);
    expect(judged.errors).toEqual([]);
    expect(judged.content).toMatchObject({
      kind: "programme",
      countries: ["MK", "AL"],
      yearStart: 2021,
      sdgs: [4, 9],
      description: row.summary,
      sources: [{ title: "Workshop report", url: "https://example.org/report" }],
    });
  });

  it("falls back to the file's source only when the row names none", () => {
    const unsourced = { kind: row.kind, title: row.title, summary: row.summary };
    expect(validateCandidate(toCandidate(unsourced).fields).errors).toEqual([{ column: "source_title", message: "Give at least one source for the facts" }]);
    expect(validateCandidate(toCandidate(unsourced, { title: "Partner list 2026" }).fields).content?.sources).toEqual([{ title: "Partner list 2026" }]);
    expect(validateCandidate(toCandidate(row, { title: "Partner list 2026" }).fields).content?.sources).toHaveLength(1);
  });

  it("names the column and says plainly what is wrong", () => {
    const { errors } = validateCandidate(
      toCandidate({ ...row, kind: "course", countries: "MK; ZZ", year_start: "soon", year_end: "1900", summary: "Short", website: "not a link", title: "" }).fields,
    );
    expect(errors).toEqual(
      expect.arrayContaining([
        { column: "kind", message: "“course” is not a known kind of entry." },
        { column: "countries", message: "“ZZ” is not a known country code." },
        { column: "year_start", message: "“soon” is not a number." },
        { column: "year_end", message: "1900 is out of range (at least 1950)." },
        { column: "summary", message: "Use at least 20 characters." },
        { column: "website", message: "“not a link” is not a web address (it starts with https://)." },
        { column: "title", message: "This is required." },
      ]),
    );
  });

  it("reads JSON values of any reasonable shape", () => {
    const { fields } = toCandidate({ ...row, countries: ["mk"], year_start: 2020, girls_share: "45,5", sources: [{ title: "Report", url: "https://example.org" }], source_title: undefined });
    expect(validateCandidate(fields).content).toMatchObject({ countries: ["MK"], yearStart: 2020, reach: { girlsShare: 45.5 }, sources: [{ title: "Report" }] });
  });
});

describe("rows of one file", () => {
  it("finds repeats by title and kind, whatever the case, accents and spacing", () => {
    const probes = [
      { row: 2, title: "École  des sciences", kind: "programme", countries: [] },
      { row: 3, title: "ecole des Sciences", kind: "programme", countries: [] },
      { row: 4, title: "Ecole des sciences", kind: "resource", countries: [] },
    ];
    expect([...sameInFile(probes)]).toEqual([[3, 2]]);
  });

  it("are named as people find them", () => {
    expect(rowLabel("csv", 12)).toBe("Line 12");
    expect(rowLabel("json", 3)).toBe("Item 3");
  });
});
