import { describe, expect, it } from "vitest";
import { entryFieldsSchema } from "../../lib/catalogue/schema";
import { cleanLine } from "../../lib/forms/clean-text";
import { formText, withoutNulDeep } from "../../lib/forms/input-text";
import { firstParam } from "../../lib/http/search-params";
import { formInput } from "../../lib/forms/form-input";
import { parseImportFile } from "../../lib/imports/parse-file";
import { organisationSchema } from "../../lib/organisations/schema";
import { toURLSearchParams } from "../../lib/search/query";
import { contentFromFormData } from "../../lib/submissions/form-data";

// Text at the edges (issue 10, items 10 and 14): NUL never gets past a
// reader, and titles and organisation names lose spoofing characters but
// keep right-to-left letters.

function form(entries: [string, string][]): FormData {
  const data = new FormData();
  for (const [key, value] of entries) data.append(key, value);
  return data;
}

describe("NUL at the input boundary", () => {
  it("is gone from form fields, query parameters and imported cells", () => {
    const data = form([["title", "a\u0000b"], ["summary", "\u0000x\u0000"], ["countries", "M\u0000K"]]);
    expect(formText(data, "title")).toBe("ab");
    expect(formInput(data, entryFieldsSchema.pick({ title: true, summary: true }))).toEqual({ title: "ab", summary: "x" });
    expect(contentFromFormData(data)).toMatchObject({ title: "ab", summary: "x", countries: ["MK"] });
    expect(firstParam(["a\u0000b", "c"])).toBe("ab");
    expect(toURLSearchParams({ q: "a\u0000b" }).get("q")).toBe("ab");
    expect(withoutNulDeep({ a: ["x\u0000"], "k\u0000": 1 })).toEqual({ a: ["x"], k: 1 });

    const csv = parseImportFile("e.csv", new TextEncoder().encode('kind,title,summary\nprogramme,"Bridges\u0000",Sum\u0000mary\n'));
    expect(csv.ok && csv.records[0]?.values).toEqual({ kind: "programme", title: "Bridges", summary: "Summary" });
    const json = parseImportFile("e.json", new TextEncoder().encode(JSON.stringify([{ title: "Bri\u0000dges", countries: ["M\u0000K"] }])));
    expect(json.ok && json.records[0]?.values).toEqual({ title: "Bridges", countries: ["MK"] });
  });
});

describe("cleanLine for titles and names", () => {
  it("strips bidirectional overrides, embeddings, isolates and zero-width characters", () => {
    expect(cleanLine("Invoice \u202Efdp.exe\u202C")).toBe("Invoice fdp.exe");
    expect(cleanLine("\u2066Pay\u200Bpal\u2069 \u200C\u200D\u2060\uFEFFAlliance")).toBe("Paypal Alliance");
    expect(cleanLine("a\u202Ab\u202Bc\u202Dd\u2067e\u2068f")).toBe("abcdef");
  });

  it("keeps Arabic and Hebrew text and the direction marks, in NFC, on one line", () => {
    expect(cleanLine("مركز العلوم")).toBe("مركز العلوم");
    expect(cleanLine("מדע לכולם \u200F(2024)")).toBe("מדע לכולם \u200F(2024)");
    expect(cleanLine(" Cafe\u0301\tclub\n ")).toBe("Café club");
  });

  it("applies to entry titles and organisation names", () => {
    expect(entryFieldsSchema.shape.title.parse("\u202EGirls Code\u200B Balkans")).toBe("Girls Code Balkans");
    expect(entryFieldsSchema.shape.title.safeParse("\u200B\u202E\u200Bx").success).toBe(false);
    const org = organisationSchema.parse({ name: "\u202Eجمعية\u200B العلوم", slug: "stem-ar", country: "" });
    expect(org.name).toBe("جمعية العلوم");
  });
});

describe("an organisation's short name", () => {
  it("is made from the name when left empty, and asked for when the name has no Latin letters", () => {
    expect(organisationSchema.parse({ name: "Ştiinţă pentru toţi: Cluj", slug: " ", country: "RO" }).slug).toBe("stiinta-pentru-toti-cluj");
    expect(organisationSchema.parse({ name: "Science Centre", slug: "own-name", country: "" }).slug).toBe("own-name");
    const arabic = organisationSchema.safeParse({ name: "مركز العلوم", slug: "", country: "" });
    expect(new Set(arabic.error?.issues.map((i) => i.path.join(".")))).toEqual(new Set(["slug"]));
  });
});
