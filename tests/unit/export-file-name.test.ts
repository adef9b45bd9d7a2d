import { describe, expect, it } from "vitest";
import { attachmentDisposition, exportFileName, fileNamePart } from "../../lib/export/file-name";
import { parseSearchParams } from "../../lib/search/query";

const NOW = new Date("2026-12-02T23:30:00Z");
const nameOf = (qs: string, ext = "csv") => exportFileName(parseSearchParams(new URLSearchParams(qs)).query, ext, NOW);

describe("exportFileName", () => {
  it("says what was exported: countries, kinds, themes, levels, words, then the date", () => {
    expect(nameOf("country=MK")).toBe("stem-clearinghouse-mk-2026-12-02.csv");
    expect(nameOf("country=MK&country=RO&kind=programme", "json")).toBe("stem-clearinghouse-mk-ro-programme-2026-12-02.json");
    expect(nameOf("q=robotics&theme=mathematics&level=primary")).toBe("stem-clearinghouse-mathematics-primary-robotics-2026-12-02.csv");
    expect(nameOf("")).toBe("stem-clearinghouse-2026-12-02.csv");
  });

  it("keeps only lowercase ASCII letters, digits and hyphens", () => {
    expect(nameOf("q=Matemática Consejería ../../etc/passwd \"x\"")).toBe("stem-clearinghouse-matematica-consejeria-etc-passwd-x-2026-12-02.csv");
    expect(nameOf("q=日本語")).toBe("stem-clearinghouse-2026-12-02.csv");
    expect(fileNamePart("  Türkiye & Ελλάδα  ")).toBe("turkiye");
  });

  it("cuts a long search at a word", () => {
    const name = nameOf(`q=${"physics ".repeat(30)}`);
    expect(name.length).toBeLessThanOrEqual("stem-clearinghouse--2026-12-02.csv".length + 60);
    expect(name).toMatch(/^stem-clearinghouse-(physics-)+2026-12-02\.csv$/);
  });
});

describe("attachmentDisposition", () => {
  it("gives filename and filename*", () => {
    expect(attachmentDisposition("stem-clearinghouse-mk-2026-12-02.csv")).toBe(
      `attachment; filename="stem-clearinghouse-mk-2026-12-02.csv"; filename*=UTF-8''stem-clearinghouse-mk-2026-12-02.csv`,
    );
  });
});
