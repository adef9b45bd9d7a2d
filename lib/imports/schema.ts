import { z } from "zod";
import { webAddressSchema } from "@/lib/forms/web-address";
import { proposalContentSchema } from "@/lib/submissions/schema";
import { IMPORT_MODES, MAX_ROWS } from "./limits";

// What an import keeps between its check and its run (read back through these
// schemas, never trusted as stored), and the inputs of the forms.

const duplicateSchema = z.object({ slug: z.string(), title: z.string(), kind: z.string(), reasons: z.array(z.string()) });
export type EntryDuplicate = z.infer<typeof duplicateSchema>;

export const checkedRowSchema = z.object({
  row: z.number().int().min(1),
  title: z.string(),
  kind: z.string(),
  /** Ready to import; null when the row has errors. */
  content: proposalContentSchema.nullable(),
  errors: z.array(z.object({ column: z.string(), message: z.string() })),
  notes: z.array(z.string()),
  /** Published entries it looks like. */
  duplicates: z.array(duplicateSchema),
  /** Proposals still open that look like it. */
  openProposals: z.array(z.object({ id: z.string(), title: z.string() })),
  /** An earlier row of the same file with the same title and kind. */
  sameAsRow: z.number().int().nullable(),
});
export type CheckedRow = z.infer<typeof checkedRowSchema>;
export const checkedRowsSchema = z.array(checkedRowSchema).max(MAX_ROWS);

export function isLikelyDuplicate(row: CheckedRow): boolean {
  return row.duplicates.length > 0 || row.openProposals.length > 0 || row.sameAsRow !== null;
}

/** The rows a run applies: valid ones, less likely duplicates when those are skipped. */
export function rowsToApply(rows: CheckedRow[], skipDuplicates: boolean): (CheckedRow & { content: NonNullable<CheckedRow["content"]> })[] {
  return rows.flatMap((r) => (r.content !== null && !(skipDuplicates && isLikelyDuplicate(r)) ? [{ ...r, content: r.content }] : []));
}

export const reportSchema = z.object({
  notes: z.array(z.string()).default([]),
  /** Filled in by a run that committed. */
  outcome: z
    .object({
      imported: z.number().int(),
      skipped: z.number().int(),
      proposalIds: z.array(z.string()).default([]),
      entries: z.array(z.object({ slug: z.string(), title: z.string() })).default([]),
    })
    .optional(),
});
export type ImportReport = z.infer<typeof reportSchema>;

const checkbox = z
  .string()
  .optional()
  .transform((v) => v === "yes");
const optionalText = z
  .string()
  .trim()
  .transform((v) => (v === "" ? undefined : v))
  .optional();

/** The upload form, beside its file. */
export const uploadOptionsSchema = z
  .object({
    mode: z.enum(IMPORT_MODES, { message: "Choose what the import should do." }),
    organisationId: z.uuid({ message: "Choose the organisation the entries belong to." }),
    skipDuplicates: checkbox,
    sourceTitle: optionalText.pipe(z.string().min(2, "Give the source a title of at least 2 characters.").max(300).optional()),
    sourceUrl: optionalText.pipe(webAddressSchema("The source's address must be a web address (https://…).").optional()),
  })
  .refine((o) => o.sourceUrl === undefined || o.sourceTitle !== undefined, {
    message: "Give the source a title as well as its address.",
    path: ["sourceTitle"],
  });
export type UploadOptions = z.output<typeof uploadOptionsSchema>;

/** An import's id as PostgreSQL's uuid type reads it: anything else is not one. */
export const importIdSchema = z.guid({ message: "Unknown import." });

/** The run form: which import, and whether likely duplicates stay out. */
export const runRequestSchema = z.object({
  id: importIdSchema,
  skipDuplicates: checkbox,
});
