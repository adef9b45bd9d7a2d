import type { FacetFilters } from "@/lib/search/types";

// The name a download is saved under says what it holds:
// stem-clearinghouse-mk-2026-12-02.csv for North Macedonia's entries,
// stem-clearinghouse-programme-maths-2026-12-02.json for a search. Only
// lowercase ASCII letters, digits and hyphens, so every system keeps it as is.

const PREFIX = "stem-clearinghouse";
/** The selection's part of the name at most; a long search is cut at a word. */
const MAX_SELECTION_LENGTH = 60;

/** Text as a file-name part: accents dropped, anything else than a-z and 0-9 a hyphen. */
export function fileNamePart(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

function shortened(parts: string[]): string {
  let name = "";
  for (const part of parts.join("-").split("-")) {
    if (part === "") continue;
    const longer = name === "" ? part : `${name}-${part}`;
    if (longer.length > MAX_SELECTION_LENGTH) break;
    name = longer;
  }
  return name;
}

export type ExportSelection = { q?: string; filters?: Partial<FacetFilters> };

/** The name of a download of this selection, made on `now` (UTC date), with this extension. */
export function exportFileName(selection: ExportSelection, extension: string, now: Date, what = ""): string {
  const { q = "", filters = {} } = selection;
  const values = [filters.country, filters.kind, filters.theme, filters.level, filters.evidence, filters.freshness].flatMap((v) => v ?? []);
  const parts = [what, ...values, q].map(fileNamePart);
  const selectionPart = shortened(parts);
  return [PREFIX, selectionPart, now.toISOString().slice(0, 10)].filter((p) => p !== "").join("-") + `.${extension}`;
}

/** A Content-Disposition header for an attachment: a plain filename and its RFC 5987 twin. */
export function attachmentDisposition(filename: string): string {
  const plain = filename.replace(/[^\x20-\x7e]|["\\]/g, "_");
  return `attachment; filename="${plain}"; filename*=UTF-8''${encodeURIComponent(filename)}`;
}
