import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { recordAudit } from "@/lib/audit/audit";
import { canModerate, type Actor } from "@/lib/auth/permissions";
import { deliverNotices } from "@/lib/notifications/mail";
import { notify, staffIds, type Notice } from "@/lib/notifications/notifications";
import { indexPublished } from "@/lib/submissions/publish";
import { fail, invalid, type Result } from "@/lib/result";
import { applyRow, type AppliedRow, type RowTarget } from "./apply-row";
import { HEARTBEAT_MS, PROGRESS_EVERY, RUN_TIMEOUT_MS, type ImportMode } from "./limits";
import { rowLabel } from "./row-label";
import { checkedRowsSchema, reportSchema, rowsToApply, runRequestSchema, type ImportReport } from "./schema";

// Running a checked import: all its rows in ONE transaction, so an import is
// applied whole or not at all. Progress goes to the imports row through other
// connections (the transaction's own writes are invisible until it commits),
// and the row's final state is written inside the transaction, so "done"
// commits with the data it describes.

export type RunOptions = { progressEvery?: number; onProgress?: (processed: number) => void };

/** Events about an import itself. */
async function recordImportEvent(tx: Prisma.TransactionClient, actorId: string | null, id: string, action: string, details: Prisma.InputJsonObject) {
  await recordAudit(tx, { actorId, action, subjectType: "import", subjectId: id, details });
}

function reasonOf(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  // Prisma prefixes its messages with the call site; the last line says what happened.
  return (text.trim().split("\n").filter(Boolean).at(-1) ?? "unknown error").slice(0, 500);
}

/** Claims a checked import and starts it in the background; `finished` settles when it is over. */
export async function startImport(actor: Actor | null, input: unknown, options: RunOptions = {}): Promise<Result<{ id: string; finished: Promise<void> }>> {
  if (!canModerate(actor)) return fail("forbidden", "Only alliance moderators import entries.");
  const parsed = runRequestSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const { id, skipDuplicates } = parsed.data;
  const found = await db.import.findUnique({ where: { id }, select: { rows: true } });
  if (!found) return fail("not_found", "This import does not exist.");
  const rows = checkedRowsSchema.safeParse(found.rows);
  if (!rows.success) return fail("invalid", "The checked rows of this import cannot be read. Upload the file again.");
  const total = rowsToApply(rows.data, skipDuplicates).length;
  if (total === 0) return fail("invalid", "No row can be imported: every row has errors or is a likely duplicate you chose to skip.");
  const now = new Date();
  const claimed = await db.import.updateMany({
    where: { id, state: "checked" },
    data: { state: "running", skipDuplicates, totalRows: total, processedRows: 0, startedAt: now, heartbeatAt: now },
  });
  if (claimed.count === 0) return fail("conflict", "This import has already been started.");
  const finished = runImport(id, actor.id, options).catch((error: unknown) => console.error(`Import ${id} could not record its outcome:`, error));
  return { ok: true, id, finished };
}

async function runImport(id: string, actorId: string, options: RunOptions): Promise<void> {
  const record = await db.import.findUniqueOrThrow({ where: { id } });
  const mode: ImportMode = record.mode === "publish" ? "publish" : "proposals";
  const every = options.progressEvery ?? PROGRESS_EVERY;
  // Read by the heartbeat and the failure report while the transaction runs.
  const at: { processed: number; row: number | null } = { processed: 0, row: null };
  let beating: Promise<unknown> = Promise.resolve();
  const beat = () => {
    beating = db.import.updateMany({ where: { id, state: "running" }, data: { processedRows: at.processed, heartbeatAt: new Date() } });
    return beating;
  };
  const heartbeat = setInterval(() => void beat().catch(() => {}), HEARTBEAT_MS);
  try {
    const checked = checkedRowsSchema.parse(record.rows);
    const rows = rowsToApply(checked, record.skipDuplicates);
    const skipped = checked.length - rows.length;
    if (!record.organisationId) throw new Error("the organisation of this import no longer exists");
    const target: RowTarget = { importId: id, fileName: record.fileName, mode, organisationId: record.organisationId, actorId };
    const notices = await db.$transaction(
      async (tx) => {
        const applied: AppliedRow[] = [];
        for (const row of rows) {
          at.row = row.row;
          applied.push(await applyRow(tx, target, row.row, row.content));
          at.processed += 1;
          if (at.processed % every === 0 && at.processed < rows.length) {
            await beat();
            options.onProgress?.(at.processed);
          }
        }
        at.row = null;
        // Published rows become searchable together, at the end (see indexPublished).
        await indexPublished(tx, applied.flatMap((a) => (a.entry ? [a.entry.id] : [])));
        clearInterval(heartbeat);
        await beating.catch(() => {});
        const report: ImportReport = {
          notes: reportSchema.safeParse(record.report).data?.notes ?? [],
          outcome: {
            imported: applied.length,
            skipped,
            proposalIds: applied.map((a) => a.proposalId),
            entries: applied.flatMap((a) => (a.entry ? [{ slug: a.entry.slug, title: a.entry.title }] : [])),
          },
        };
        // Conditional: an import that was meanwhile reported dead must not come back to life.
        const done = await tx.import.updateMany({
          where: { id, state: "running" },
          data: { state: "done", processedRows: at.processed, finishedAt: new Date(), heartbeatAt: new Date(), report },
        });
        if (done.count === 0) throw new Error("The import was stopped while it ran.");
        await recordImportEvent(tx, actorId, id, "import.completed", { file: record.fileName, mode, imported: applied.length, skipped });
        const none: Notice[] = [];
        if (mode === "publish") return none;
        return notify(tx, await staffIds(tx), { key: "importWaiting", params: { count: applied.length, file: record.fileName }, href: "/moderation" });
      },
      { timeout: RUN_TIMEOUT_MS, maxWait: 30_000 },
    );
    options.onProgress?.(at.processed);
    deliverNotices(notices);
  } catch (error) {
    clearInterval(heartbeat);
    await beating.catch(() => {});
    const reason = reasonOf(error);
    const errorText = at.row === null ? `The import failed: ${reason}` : `${rowLabel(record.format, at.row)} could not be imported: ${reason}`;
    const failed = await db.import.updateMany({ where: { id, state: "running" }, data: { state: "failed", errorText, finishedAt: new Date() } });
    if (failed.count > 0) await recordImportEvent(db, actorId, id, "import.failed", { file: record.fileName, mode, row: at.row, reason });
  }
}
