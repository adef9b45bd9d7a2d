import { describe, expect, it } from "vitest";
import { EXPORT_COLUMNS, LABEL_COLUMNS, type ExportRecord } from "../../lib/export/columns";
import { BYTE_ORDER_MARK, csvChunks } from "../../lib/export/csv";
import { neutraliseFormula } from "../../lib/export/csv-safety";
import { parseCsv } from "../support/csv";

describe("neutraliseFormula", () => {
  it.each(["=HYPERLINK(\"http://evil.example\",\"click\")", "+1", "-2", "@SUM(A1:A2)", "\tcmd", "\rcmd", "=", "-"])(
    "prefixes %j with an apostrophe",
    (value) => expect(neutraliseFormula(value)).toBe(`'${value}`),
  );

  it.each(["", "Robotics club", "3D printing", "a=b", " =1+1", "'already text", "Ø", "100%", "a, -1", "RO; BE", "ages 10-14", "it's; fine"])(
    "leaves %j alone",
    (value) => expect(neutraliseFormula(value)).toBe(value),
  );

  // A spreadsheet whose list separator is ";" (or "," or a tab) starts a new cell there.
  it.each([
    ["x;=cmd|' /C calc'!A0", "x;'=cmd|' /C calc'!A0"],
    ["a,+1", "a,'+1"],
    ["b;@SUM(1)", "b;'@SUM(1)"],
    ["c\t-2", "c\t'-2"],
    ["=a;=b,=c", "'=a;'=b,'=c"],
    ["x;;=y", "x;;'=y"],
    ["\t=x", "'\t'=x"],
  ])("neutralises %j after a separator as %j", (value, expected) => expect(neutraliseFormula(value)).toBe(expected));

  it("adds one more apostrophe to text that already looks neutralised, so the import restores it exactly", () => {
    expect(neutraliseFormula("'=x")).toBe("''=x");
    expect(neutraliseFormula("a;'=b")).toBe("a;''=b");
  });
});

const record = (overrides: Partial<ExportRecord>): ExportRecord => ({
  slug: "a-slug",
  url: "http://localhost:3000/entries/a-slug",
  kind: "Programme",
  kind_code: "programme",
  title: "A title",
  title_lang: null,
  summary: "A summary.",
  countries: ["Romania", "Belgium"],
  country_codes: ["RO", "BE"],
  levels: [],
  level_codes: [],
  themes: ["Mathematics"],
  theme_codes: ["mathematics"],
  languages: ["Romanian"],
  language_codes: ["ro"],
  organisations: [],
  website: null,
  year_start: 2020,
  year_end: null,
  status: null,
  participants: 1200,
  schools: null,
  girls_share: 48.5,
  funder: null,
  funding_model: null,
  budget: null,
  sdgs: [4, 5],
  evidence_level: null,
  event_starts_at: null,
  event_ends_at: null,
  event_time_zone: null,
  event_format: null,
  event_venue: null,
  event_city: null,
  event_registration_url: null,
  published_at: "2025-01-02T03:04:05.000Z",
  updated_at: "2025-01-02T03:04:05.000Z",
  ...overrides,
});

async function csvOf(records: ExportRecord[]): Promise<string> {
  async function* batches() {
    yield records;
  }
  let text = "";
  for await (const chunk of csvChunks(batches())) text += chunk;
  return text;
}

describe("csvChunks", () => {
  it("writes the header and lists joined by semicolons", async () => {
    const [header, row, ...rest] = parseCsv(await csvOf([record({})]));
    expect(header).toEqual([...EXPORT_COLUMNS]);
    expect(rest).toEqual([]);
    const cell = (column: (typeof EXPORT_COLUMNS)[number]) => row?.[EXPORT_COLUMNS.indexOf(column)];
    expect(cell("countries")).toBe("Romania; Belgium");
    expect(cell("country_codes")).toBe("RO; BE");
    expect(cell("sdgs")).toBe("4; 5");
    expect(cell("title_lang")).toBe("");
    expect(cell("girls_share")).toBe("48.5");
  });

  it("starts with a UTF-8 byte-order mark, so Excel on Windows reads Türkiye and Consejería", async () => {
    const text = await csvOf([record({ countries: ["Türkiye"], country_codes: ["TR"], funder: "Consejería de Educación" })]);
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text.slice(1).startsWith('"slug","url","kind","kind_code","title"')).toBe(true);
    expect(new TextEncoder().encode(text).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
    const [, row] = parseCsv(text);
    expect(row?.[EXPORT_COLUMNS.indexOf("countries")]).toBe("Türkiye");
    expect(row?.[EXPORT_COLUMNS.indexOf("funder")]).toBe("Consejería de Educación");
  });

  it("puts every name column right before its codes", () => {
    for (const [names, codes] of Object.entries(LABEL_COLUMNS)) {
      expect(EXPORT_COLUMNS.indexOf(codes), codes).toBe(EXPORT_COLUMNS.findIndex((c) => c === names) + 1);
    }
  });

  it("neutralises formulas and quotes what needs quoting", async () => {
    const hostile = {
      title: '=HYPERLINK("http://evil.example","Click")',
      summary: "+1 and more",
      funder: "-2",
      budget: "@SUM(A1:A9)",
      status: 'He said "hi", then left\nand came back\r\nlater',
      website: "https://example.org/?a=1,b=2",
    };
    const text = await csvOf([record(hostile)]);
    expect(text).toContain(`"'=HYPERLINK(""http://evil.example"",""Click"")"`);
    const [, row] = parseCsv(text);
    const cell = (column: (typeof EXPORT_COLUMNS)[number]) => row?.[EXPORT_COLUMNS.indexOf(column)];
    expect(cell("title")).toBe(`'${hostile.title}`);
    expect(cell("summary")).toBe("'+1 and more");
    expect(cell("funder")).toBe("'-2");
    expect(cell("budget")).toBe("'@SUM(A1:A9)");
    expect(cell("status")).toBe(hostile.status);
    expect(cell("website")).toBe(hostile.website);
    expect(row).toHaveLength(EXPORT_COLUMNS.length);
  });

  it("quotes every cell, the header and empty cells included", async () => {
    const text = await csvOf([record({ title: "x;=cmd|' /C calc'!A0", summary: "b;@SUM(1)", funder: "a,+1" })]);
    const [header, row] = text.split("\r\n");
    expect(header).toBe(BYTE_ORDER_MARK + EXPORT_COLUMNS.map((c) => `"${c}"`).join(","));
    expect(row).toContain(`"x;'=cmd|' /C calc'!A0"`);
    expect(row).toContain(`"b;'@SUM(1)"`);
    expect(row).toContain(`"a,'+1"`);
    expect(row).toContain(`,"","1200",`);
    // Every cell of the row is one quoted string, whichever separator a reader splits on.
    expect(row).toMatch(/^"[^"]*"(,"[^"]*")*$/);
  });

  it("neutralises a list whose first value starts like a formula", async () => {
    const [, row] = parseCsv(await csvOf([record({ organisations: ["=cmd|' /C calc'!A0", "Plain"] })]));
    expect(row?.[EXPORT_COLUMNS.indexOf("organisations")]).toBe("'=cmd|' /C calc'!A0; Plain");
  });

  it("neutralises a later list value with no space after the separator", async () => {
    const [, row] = parseCsv(await csvOf([record({ organisations: ["Plain;=cmd"] })]));
    expect(row?.[EXPORT_COLUMNS.indexOf("organisations")]).toBe("Plain;'=cmd");
  });
});
