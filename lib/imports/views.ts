import "server-only";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/audit/audit";
import { canModerate, type Actor } from "@/lib/auth/permissions";
import { IMPORT_STATES, LEASE_MS, type ImportMode, type ImportState } from "./limits";
import { checkedRowsSchema, importIdSchema, reportSchema, type CheckedRow, type ImportReport } from "./schema";

// What moderators see of imports. Every read first reports runs whose server
// died (their heartbeat stopped) as failed: their transaction never committed,
// so nothing of them was imported.

export type ImportSummary = {
  id: string;
  fileName: string;
  format: string;
  mode: ImportMode;
  state: ImportState;
  organisation: string | null;
  createdBy: string;
  createdAt: Date;
  totalRows: number;
  processedRows: number;
};
export type ImportView = ImportSummary & {
  skipDuplicates: boolean;
  rows: CheckedRow[];
  report: ImportReport;
  errorText: string | null;
  startedAt: Date | null;
  finishedAt: Date | null;
};
export type ImportProgress = { state: ImportState; processed: number; total: number };

const DIED =
  "The import stopped unexpectedly, most likely because the server restarted. Nothing was imported: upload the file again to run it.";

function toState(value: string): ImportState {
  return IMPORT_STATES.find((s) => s === value) ?? "failed";
}

/** Marks running imports whose heartbeat is older than the lease as failed. */
export async function failStaleImports(now = new Date()): Promise<number> {
  const cutoff = new Date(now.getTime() - LEASE_MS);
  const stale = await db.import.findMany({ where: { state: "running", heartbeatAt: { lt: cutoff } }, select: { id: true, createdById: true, fileName: true } });
  let failed = 0;
  for (const s of stale) {
    const marked = await db.import.updateMany({
      where: { id: s.id, state: "running", heartbeatAt: { lt: cutoff } },
      data: { state: "failed", errorText: DIED, finishedAt: now },
    });
    if (marked.count === 0) continue;
    failed += 1;
    await recordAudit(db, { actorId: s.createdById, action: "import.failed", subjectType: "import", subjectId: s.id, details: { file: s.fileName, reason: "the server stopped while it ran" } });
  }
  return failed;
}

const SUMMARY = {
  id: true,
  fileName: true,
  format: true,
  mode: true,
  state: true,
  createdAt: true,
  totalRows: true,
  processedRows: true,
  organisation: { select: { name: true } },
  createdBy: { select: { email: true } },
} as const;

function summaryOf(row: {
  id: string;
  fileName: string;
  format: string;
  mode: string;
  state: string;
  createdAt: Date;
  totalRows: number;
  processedRows: number;
  organisation: { name: string } | null;
  createdBy: { email: string } | null;
}): ImportSummary {
  return {
    id: row.id,
    fileName: row.fileName,
    format: row.format,
    mode: row.mode === "publish" ? "publish" : "proposals",
    state: toState(row.state),
    organisation: row.organisation?.name ?? null,
    createdBy: row.createdBy?.email ?? "deleted account",
    createdAt: row.createdAt,
    totalRows: row.totalRows,
    processedRows: row.processedRows,
  };
}

/** The latest imports, newest first; null for anyone but staff. */
export async function listImports(actor: Actor | null, take = 50): Promise<ImportSummary[] | null> {
  if (!canModerate(actor)) return null;
  await failStaleImports();
  const rows = await db.import.findMany({ select: SUMMARY, orderBy: { createdAt: "desc" }, take });
  return rows.map(summaryOf);
}

/** One import with its checked rows and report; null when missing or not the actor's to see. */
export async function getImport(actor: Actor | null, id: string): Promise<ImportView | null> {
  if (!canModerate(actor) || !importIdSchema.safeParse(id).success) return null;
  await failStaleImports();
  const row = await db.import.findUnique({
    where: { id },
    select: { ...SUMMARY, skipDuplicates: true, rows: true, report: true, errorText: true, startedAt: true, finishedAt: true },
  });
  if (!row) return null;
  return {
    ...summaryOf(row),
    skipDuplicates: row.skipDuplicates,
    // Stored by the check itself; anything unreadable shows as no rows rather than breaking the page.
    rows: checkedRowsSchema.safeParse(row.rows).data ?? [],
    report: reportSchema.safeParse(row.report).data ?? { notes: [] },
    errorText: row.errorText,
    startedAt: row.startedAt,
    finishedAt: row.finishedAt,
  };
}

/** How far a run has got, for the progress bar. */
export async function getImportProgress(actor: Actor | null, id: string): Promise<ImportProgress | null> {
  if (!canModerate(actor) || !importIdSchema.safeParse(id).success) return null;
  await failStaleImports();
  const row = await db.import.findUnique({ where: { id }, select: { state: true, processedRows: true, totalRows: true } });
  return row ? { state: toState(row.state), processed: row.processedRows, total: row.totalRows } : null;
}
