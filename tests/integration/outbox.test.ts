import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Actor } from "../../lib/auth/permissions";
import { loadEntries } from "../../lib/catalogue/load";
import { entryInputSchema } from "../../lib/catalogue/schema";
import { db } from "../../lib/db";
import { enqueueIndexChange, type OutboxOperation } from "../../lib/search/outbox/enqueue";
import { retryDelayMs } from "../../lib/jobs/backoff";
import { deliverBatch, outboxLag, pruneDelivered, runOutboxWorker } from "../../lib/search/outbox/worker";
import type { SearchEngine, SearchResult } from "../../lib/search/types";
import { archiveEntry, restoreEntry } from "../../lib/submissions/archive";
import { reviewProposal } from "../../lib/submissions/review";
import { createPerson, organisationId } from "./support/people";
import { submitDraft } from "./support/proposals";

// The outbox of the external search engine on a real PostgreSQL. The engine is
// a stand-in for the external service (Meilisearch): it records what reaches
// it and fails, or stalls, when a test tells it to.

type Applied = { operation: OutboxOperation; entryId: string };

class StandInEngine implements SearchEngine {
  readonly name = "stand-in";
  /** Every call, failed ones included. */
  readonly calls: { operation: OutboxOperation; entryIds: string[] }[] = [];
  /** What the engine confirmed, in order. */
  readonly applied: Applied[] = [];
  /** The next this many calls fail. */
  failures = 0;
  /** When set, calls wait for this promise before answering. */
  stall: Promise<void> | null = null;
  /** Milliseconds each call takes. */
  latencyMs = 0;

  constructor(private readonly log: Applied[] = []) {}

  index(entryIds: string[] = []): Promise<void> {
    return this.apply("index", entryIds);
  }

  remove(entryIds: string[]): Promise<void> {
    return this.apply("remove", entryIds);
  }

  async search(): Promise<SearchResult> {
    throw new Error("the stand-in engine does not search");
  }

  async ping(): Promise<boolean> {
    return this.failures === 0;
  }

  private async apply(operation: OutboxOperation, entryIds: string[]): Promise<void> {
    this.calls.push({ operation, entryIds });
    if (this.stall) await this.stall;
    if (this.latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, this.latencyMs));
    if (this.failures > 0) {
      this.failures -= 1;
      throw new Error("stand-in engine: service unavailable");
    }
    for (const entryId of entryIds) {
      this.applied.push({ operation, entryId });
      this.log.push({ operation, entryId });
    }
  }
}

type Row = {
  id: bigint;
  entry_id: string;
  operation: string;
  attempts: number;
  available_at: Date;
  locked_until: Date | null;
  last_error: string | null;
  done_at: Date | null;
};

const rows = () => db.$queryRaw<Row[]>`
  SELECT id, entry_id::text AS entry_id, operation, attempts, available_at, locked_until, last_error, done_at
  FROM search_outbox ORDER BY id`;
const enqueue = (entryIds: string[], operation: OutboxOperation) => db.$transaction((tx) => enqueueIndexChange(tx, entryIds, operation));
const seconds = (from: Date, ms: number) => new Date(from.getTime() + ms);
/** A moment safely after every row's available_at default (the database's now()). */
const later = () => new Date(Date.now() + 1000);

// Rows are written only while an external engine is configured. Nothing here
// reaches this address: deliveries go to the stand-in.
const CONFIGURED = { MEILI_URL: "http://meilisearch.invalid:7700", MEILI_MASTER_KEY: "stand-in-key" };
const before = Object.fromEntries(Object.keys(CONFIGURED).map((k) => [k, process.env[k]]));
beforeAll(() => {
  Object.assign(process.env, CONFIGURED);
});
afterAll(() => {
  for (const [key, value] of Object.entries(before)) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
});
beforeEach(async () => {
  await db.$executeRaw`DELETE FROM search_outbox`;
});

describe("writing the outbox", () => {
  let member: Actor;
  let moderator: Actor;
  let quakesafe: string;

  beforeAll(async () => {
    member = await createPerson("member", ["quakesafe"]);
    moderator = await createPerson("moderator");
    quakesafe = await organisationId("quakesafe");
  });

  const submitted = () => submitDraft(member, quakesafe);

  it("queues an approval, an archive and a restore with the change itself", async () => {
    const proposal = await submitted();
    const approved = await reviewProposal(moderator, { decision: "approve", proposalId: proposal.id, expectedVersion: proposal.version });
    if (!approved.ok || !approved.entrySlug) throw new Error("the approval failed");
    const slug = approved.entrySlug;
    const entry = await db.entry.findUniqueOrThrow({ where: { slug } });

    expect(await archiveEntry(moderator, { slug, reason: "The programme ended." })).toEqual({ ok: true });
    expect(await restoreEntry(moderator, { slug, reason: "It runs again." })).toEqual({ ok: true });
    expect((await rows()).map((r) => [r.entry_id, r.operation, r.done_at])).toEqual([
      [entry.id, "index", null],
      [entry.id, "remove", null],
      [entry.id, "index", null],
    ]);
  });

  it("writes nothing when the approval's transaction rolls back", async () => {
    const proposal = await submitted();
    // Notifications are written after the entry and its outbox row, so this
    // failure undoes a row that was already inserted.
    await db.$executeRawUnsafe(`
      CREATE FUNCTION fail_notifications() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'injected failure'; END $$`);
    await db.$executeRawUnsafe(`CREATE TRIGGER fail_notifications BEFORE INSERT ON notifications FOR EACH ROW EXECUTE FUNCTION fail_notifications()`);
    try {
      await expect(reviewProposal(moderator, { decision: "approve", proposalId: proposal.id, expectedVersion: proposal.version })).rejects.toThrow(
        /injected failure/,
      );
    } finally {
      await db.$executeRawUnsafe(`DROP TRIGGER fail_notifications ON notifications`);
      await db.$executeRawUnsafe(`DROP FUNCTION fail_notifications()`);
    }
    expect(await rows()).toEqual([]);

    await reviewProposal(moderator, { decision: "approve", proposalId: proposal.id, expectedVersion: proposal.version });
    const { entryId } = await db.proposal.findUniqueOrThrow({ where: { id: proposal.id } });
    expect((await rows()).map((r) => [r.entry_id, r.operation])).toEqual([[entryId, "index"]]);
  });

  it("queues entries loaded into the catalogue, once", async () => {
    const slug = `outbox-load-${randomUUID().slice(0, 8)}`;
    const entry = entryInputSchema.parse({
      slug,
      kind: "resource",
      title: "Outbox loading fixture",
      summary: "An entry loaded to check that loading queues it for the external engine.",
      description: "This description exists so that the entry is long enough to be valid in the catalogue.",
      countries: ["RO"],
      levels: ["primary"],
      themes: ["mathematics"],
      sources: [{ title: "Test fixture" }],
    });
    expect(await loadEntries([entry])).toEqual({ inserted: 1, skipped: 0 });
    expect(await loadEntries([entry])).toEqual({ inserted: 0, skipped: 1 });
    const { id } = await db.entry.findUniqueOrThrow({ where: { slug } });
    expect((await rows()).map((r) => [r.entry_id, r.operation])).toEqual([[id, "index"]]);
  });

  it("writes nothing while no external engine is configured", async () => {
    delete process.env.MEILI_URL;
    try {
      await enqueue([randomUUID()], "index");
    } finally {
      process.env.MEILI_URL = CONFIGURED.MEILI_URL;
    }
    expect(await rows()).toEqual([]);
  });
});

describe("delivering the outbox", () => {
  it("marks rows done only when the engine confirms them", async () => {
    const [a, b] = [randomUUID(), randomUUID()];
    await enqueue([a, b], "index");
    const engine = new StandInEngine();
    engine.failures = 1;
    const now = later();

    expect(await deliverBatch(engine, { now })).toEqual({ delivered: 0, failed: 2 });
    const failed = await rows();
    expect(failed.map((r) => [r.done_at, r.attempts, r.locked_until, r.last_error])).toEqual([
      [null, 1, null, "stand-in engine: service unavailable"],
      [null, 1, null, "stand-in engine: service unavailable"],
    ]);
    // Not retried before its backoff has passed.
    expect(await deliverBatch(engine, { now })).toEqual({ delivered: 0, failed: 0 });

    expect(await deliverBatch(engine, { now: seconds(now, retryDelayMs(1)) })).toEqual({ delivered: 2, failed: 0 });
    expect(engine.applied).toEqual([
      { operation: "index", entryId: a },
      { operation: "index", entryId: b },
    ]);
    const done = await rows();
    expect(done.every((r) => r.done_at !== null && r.locked_until === null && r.last_error === null)).toBe(true);
    expect(await deliverBatch(engine, { now: seconds(now, 60_000) })).toEqual({ delivered: 0, failed: 0 });
    expect(engine.calls).toHaveLength(2);
  });

  it("retries after a failure with a growing delay, capped at five minutes", async () => {
    const entry = randomUUID();
    await enqueue([entry], "index");
    const engine = new StandInEngine();
    engine.failures = Number.POSITIVE_INFINITY;
    let now = later();
    const delays: number[] = [];
    for (let i = 0; i < 5; i++) {
      expect(await deliverBatch(engine, { now })).toEqual({ delivered: 0, failed: 1 });
      const [row] = await rows();
      if (!row) throw new Error("the row is gone");
      delays.push(row.available_at.getTime() - now.getTime());
      now = row.available_at;
    }
    expect(delays).toEqual([1000, 2000, 4000, 8000, 16_000]);

    await db.$executeRaw`UPDATE search_outbox SET attempts = 30`;
    expect(await deliverBatch(engine, { now })).toEqual({ delivered: 0, failed: 1 });
    const [capped] = await rows();
    expect(capped && capped.available_at.getTime() - now.getTime()).toBe(5 * 60_000);
    expect(capped?.attempts).toBe(31);

    engine.failures = 0;
    expect(await deliverBatch(engine, { now: seconds(now, 5 * 60_000) })).toEqual({ delivered: 1, failed: 0 });
  });

  it("delivers each entry's changes in order, even when the first one fails", async () => {
    const [x, y] = [randomUUID(), randomUUID()];
    await enqueue([x], "index");
    await enqueue([x, y], "remove");
    await enqueue([y], "index");
    const engine = new StandInEngine();
    engine.failures = 1;
    const now = later();

    // Only the oldest pending row of each entry is taken: index x (which
    // fails) and remove y.
    expect(await deliverBatch(engine, { now })).toEqual({ delivered: 1, failed: 1 });
    // y moves on; the remove of x waits behind its failed index.
    expect(await deliverBatch(engine, { now })).toEqual({ delivered: 1, failed: 0 });
    expect(engine.calls.map((c) => [c.operation, c.entryIds])).toEqual([
      ["index", [x]],
      ["remove", [y]],
      ["index", [y]],
    ]);
    let at = seconds(now, retryDelayMs(1));
    for (let round = 0; round < 5; round++) {
      await deliverBatch(engine, { now: at });
      at = seconds(at, 10);
    }
    expect((await rows()).every((r) => r.done_at !== null)).toBe(true);
    const order = (entryId: string) => engine.applied.filter((a) => a.entryId === entryId).map((a) => a.operation);
    expect(order(x)).toEqual(["index", "remove"]);
    expect(order(y)).toEqual(["remove", "index"]);
  });

  it("loses nothing when a worker dies holding rows, and ignores it if it comes back", async () => {
    const entries = [randomUUID(), randomUUID(), randomUUID()];
    await enqueue(entries, "index");
    const now = later();

    // The first worker claims the rows and never finishes: its engine call hangs.
    let wakeUp = () => {};
    const dying = new StandInEngine();
    dying.stall = new Promise<void>((resolve) => (wakeUp = resolve));
    const abandoned = deliverBatch(dying, { now, lockSeconds: 30 });
    await expect.poll(() => dying.calls.length).toBe(1);
    expect((await rows()).every((r) => r.locked_until !== null && r.attempts === 1)).toBe(true);

    // Another worker leaves them alone while the claim holds, and takes them over after it expires.
    const survivor = new StandInEngine();
    expect(await deliverBatch(survivor, { now: seconds(now, 10_000) })).toEqual({ delivered: 0, failed: 0 });
    expect(await deliverBatch(survivor, { now: seconds(now, 30_000) })).toEqual({ delivered: 3, failed: 0 });
    expect(survivor.applied.map((a) => a.entryId).sort()).toEqual([...entries].sort());

    // The first worker's late answer records nothing over the survivor's.
    dying.failures = 1;
    wakeUp();
    expect(await abandoned).toEqual({ delivered: 0, failed: 0 });
    const after = await rows();
    expect(after.map((r) => [r.attempts, r.last_error, r.done_at !== null])).toEqual([
      [2, null, true],
      [2, null, true],
      [2, null, true],
    ]);
  });

  it("shares rows between concurrent workers without delivering one twice", async () => {
    const entries = Array.from({ length: 60 }, () => randomUUID());
    await enqueue(entries, "index");
    await enqueue(entries.slice(0, 20), "remove");
    const log: Applied[] = [];
    const engines = [new StandInEngine(log), new StandInEngine(log), new StandInEngine(log)];
    for (const engine of engines) engine.latencyMs = 5;
    const stop = new AbortController();
    const workers = engines.map((engine) => runOutboxWorker(engine, { signal: stop.signal, batchSize: 7, idleMs: 10 }));
    try {
      await expect.poll(() => outboxLag(), { timeout: 20_000, interval: 50 }).toEqual({ pending: 0, oldestPendingSeconds: null });
    } finally {
      stop.abort();
      await Promise.all(workers);
    }
    // Each row reached the engine exactly once, and each entry's rows in order.
    expect(log).toHaveLength(80);
    expect(new Set(log.map((a) => `${a.entryId}:${a.operation}`)).size).toBe(80);
    for (const entryId of entries.slice(0, 20)) {
      expect(log.filter((a) => a.entryId === entryId).map((a) => a.operation)).toEqual(["index", "remove"]);
    }
    expect(engines.filter((e) => e.applied.length > 0).length).toBeGreaterThan(1);
    expect((await rows()).every((r) => r.attempts === 1)).toBe(true);
  });
});

describe("the outbox lag", () => {
  it("counts pending rows, failed ones included, and the age of the oldest", async () => {
    expect(await outboxLag()).toEqual({ pending: 0, oldestPendingSeconds: null });
    const [old, fresh] = [randomUUID(), randomUUID()];
    await enqueue([old], "index");
    await enqueue([fresh], "remove");
    await db.$executeRaw`UPDATE search_outbox SET created_at = now() - interval '90 seconds' WHERE entry_id = ${old}::uuid`;
    const lag = await outboxLag();
    expect(lag.pending).toBe(2);
    expect(lag.oldestPendingSeconds).toBeGreaterThanOrEqual(90);
    expect(lag.oldestPendingSeconds).toBeLessThan(120);

    // One delivery fails (the first call, which is the index of the old row):
    // that row is still pending, and still the oldest.
    const engine = new StandInEngine();
    engine.failures = 1;
    expect(await deliverBatch(engine, { now: later() })).toEqual({ delivered: 1, failed: 1 });
    expect(engine.applied).toEqual([{ operation: "remove", entryId: fresh }]);
    const after = await outboxLag();
    expect(after.pending).toBe(1);
    expect(after.oldestPendingSeconds).toBeGreaterThanOrEqual(90);
  });

  it("forgets delivered rows after a day, never pending ones", async () => {
    const [done, pending] = [randomUUID(), randomUUID()];
    await enqueue([done, pending], "index");
    await db.$executeRaw`UPDATE search_outbox SET done_at = now() - interval '25 hours' WHERE entry_id = ${done}::uuid`;
    expect(await pruneDelivered()).toBe(1);
    expect((await rows()).map((r) => r.entry_id)).toEqual([pending]);
  });
});
