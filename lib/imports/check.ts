import "server-only";
import { db } from "@/lib/db";
import { canModerate, type Actor } from "@/lib/auth/permissions";
import { fail, invalid, type Result } from "@/lib/result";
import { IGNORED_COLUMNS, KNOWN_COLUMNS, REQUIRED_COLUMNS } from "./columns";
import { catalogueDuplicates, openProposalDuplicates } from "./duplicates";
import { toCandidate, validateCandidate } from "./map-row";
import { organisationLinks } from "./organisation-links";
import { formatOf, parseImportFile } from "./parse-file";
import type { DuplicateProbe } from "./probe";
import { sameInFile } from "./same-in-file";
import { uploadOptionsSchema, type CheckedRow, type ImportReport, type UploadOptions } from "./schema";

// The dry run: read the file, judge every row, look for likely duplicates, and
// keep it all on an import in state "checked", nothing else written. A file
// that cannot be read at all is kept too, "rejected", with the reason.

export type Upload = { fileName: string; bytes: Uint8Array; options: unknown };

const MAX_NAME = 200;

function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

function fileNotes(columns: string[], rows: { descriptionFromSummary: boolean; usedFileSource: boolean }[]): string[] {
  const notes: string[] = [];
  const unknown = columns.filter((c) => !KNOWN_COLUMNS.has(c) && c !== "");
  if (unknown.length > 0) notes.push(`These columns are not read by an import and were left out: ${unknown.join(", ")}.`);
  const ignored = IGNORED_COLUMNS.filter((c) => columns.includes(c));
  if (ignored.length > 0) notes.push(`The columns ${ignored.join(", ")} describe where an entry was published, so they are not imported: new entries get their own address.`);
  const summaries = rows.filter((r) => r.descriptionFromSummary).length;
  if (summaries > 0) notes.push(`${count(summaries, "row has", "rows have")} no description: the summary is used as the description.`);
  const sourced = rows.filter((r) => r.usedFileSource).length;
  if (sourced > 0) notes.push(`${count(sourced, "row names", "rows name")} no source: the source you gave for the whole file is used.`);
  return notes;
}

async function checkRows(records: { row: number; values: Record<string, unknown> }[], options: UploadOptions, organisationId: string) {
  const source = options.sourceTitle ? { title: options.sourceTitle, url: options.sourceUrl } : undefined;
  const candidates = records.map((r) => ({ row: r.row, values: r.values, ...toCandidate(r.values, source) }));
  const links = await organisationLinks(candidates.flatMap((c) => c.organisationNames));
  const probes: DuplicateProbe[] = candidates.map((c) => ({
    row: c.row,
    title: typeof c.fields.title === "string" ? c.fields.title : "",
    kind: typeof c.fields.kind === "string" ? c.fields.kind : "",
    countries: Array.isArray(c.fields.countries) ? c.fields.countries.filter((v) => typeof v === "string") : [],
    slug: typeof c.values.slug === "string" && c.values.slug.trim() !== "" ? c.values.slug.trim() : undefined,
  }));
  const [duplicates, open] = await Promise.all([catalogueDuplicates(probes, organisationId), openProposalDuplicates(probes)]);
  const repeats = sameInFile(probes);
  const rows: CheckedRow[] = candidates.map((c, i) => {
    const notes: string[] = [];
    const slugs = c.organisationNames.flatMap((name) => {
      const slug = links.get(name.toLowerCase());
      if (!slug) notes.push(`“${name}” is not an organisation of the catalogue, so the entry is not linked to it.`);
      return slug ? [slug] : [];
    });
    const fields = slugs.length > 0 ? { ...c.fields, links: [...new Set(slugs)].map((slug) => ({ role: "organisation", slug })) } : c.fields;
    const judged = validateCandidate(fields);
    const probe = probes[i];
    return {
      row: c.row,
      title: probe?.title ?? "",
      kind: probe?.kind ?? "",
      content: judged.content,
      errors: judged.errors,
      notes,
      duplicates: duplicates.get(c.row) ?? [],
      openProposals: open.get(c.row) ?? [],
      sameAsRow: repeats.get(c.row) ?? null,
    };
  });
  const usage = candidates.map((c) => ({ descriptionFromSummary: c.descriptionFromSummary, usedFileSource: c.sourceFromFile }));
  return { rows, usage };
}

/** Checks an uploaded file and keeps the outcome; moderators and admins only. */
export async function checkImport(actor: Actor | null, upload: Upload): Promise<Result<{ id: string }>> {
  if (!canModerate(actor)) return fail("forbidden", "Only alliance moderators import entries.");
  const options = uploadOptionsSchema.safeParse(upload.options);
  if (!options.success) return invalid(options.error, "Some choices of the form need attention.");
  const organisation = await db.organisation.findUnique({ where: { id: options.data.organisationId }, select: { id: true } });
  if (!organisation) return fail("invalid", "That organisation does not exist.", { organisationId: ["Choose the organisation the entries belong to."] });

  const fileName = upload.fileName.trim().slice(0, MAX_NAME) || "unnamed file";
  const base = {
    createdById: actor.id,
    fileName,
    mode: options.data.mode,
    organisationId: organisation.id,
    skipDuplicates: options.data.skipDuplicates,
  };
  const parsed = parseImportFile(fileName, upload.bytes);
  if (!parsed.ok) {
    const rejected = await db.import.create({ data: { ...base, format: formatOf(fileName, ""), state: "rejected", errorText: parsed.message } });
    return { ok: true, id: rejected.id };
  }
  const missing = REQUIRED_COLUMNS.filter((c) => !parsed.columns.includes(c));
  if (missing.length > 0) {
    const errorText = `The file has no ${missing.join(", ")} ${missing.length === 1 ? "column" : "columns"}. Every entry needs a kind, a title and a summary; the first line of a CSV file names the columns.`;
    const rejected = await db.import.create({ data: { ...base, format: parsed.format, state: "rejected", errorText } });
    return { ok: true, id: rejected.id };
  }
  const { rows, usage } = await checkRows(parsed.records, options.data, organisation.id);
  const report: ImportReport = { notes: fileNotes(parsed.columns, usage) };
  const created = await db.import.create({
    data: { ...base, format: parsed.format, state: "checked", totalRows: rows.filter((r) => r.content !== null).length, rows, report },
  });
  return { ok: true, id: created.id };
}
