import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../../lib/auth/permissions";

// Meilisearch configured but unreachable (nothing listens on port 9): searches
// answer from PostgreSQL and say so, health says so, and approvals made
// meanwhile wait in the outbox instead of being lost.

const saved = { url: process.env.MEILI_URL, key: process.env.MEILI_MASTER_KEY };
process.env.MEILI_URL = "http://127.0.0.1:9";
process.env.MEILI_MASTER_KEY = "test-master-key";

const { checkHealth } = await import("../../lib/health");
const { searchWithEngine } = await import("../../lib/search");
const { parseSearchParams } = await import("../../lib/search/query");
const { createProposal, submitProposal } = await import("../../lib/submissions/proposals");
const { reviewProposal } = await import("../../lib/submissions/review");
const { deliverBatch, outboxLag } = await import("../../lib/search/outbox/worker");
const { meiliEngine } = await import("../../lib/search/meilisearch/engine");
const { db } = await import("../../lib/db");
const { createPerson, organisationId, programmeContent } = await import("./support/people");

let member: Actor;
let moderator: Actor;

beforeAll(async () => {
  member = await createPerson("member", ["quakesafe"]);
  moderator = await createPerson("moderator");
});

afterAll(() => {
  process.env.MEILI_URL = saved.url;
  process.env.MEILI_MASTER_KEY = saved.key;
});

describe("with Meilisearch unreachable", () => {
  it("searches answer from PostgreSQL and say so", async () => {
    const { result, answeredBy } = await searchWithEngine(parseSearchParams(new URLSearchParams("q=quakesafe")).query);
    expect(answeredBy).toBe("postgres-fallback");
    expect(result.hits[0]?.slug).toBe("quakesafe");
  });

  it("health names the engine, its fallback and the outbox", async () => {
    expect(await checkHealth()).toEqual({
      status: "degraded",
      db: "up",
      search: "meilisearch",
      searchReachable: false,
      searchFallback: "postgres",
      outbox: { pending: expect.any(Number), oldestPendingSeconds: expect.toSatisfy((v) => v === null || typeof v === "number") },
      mail: { pending: 0, oldestPendingSeconds: null },
      // No version from a server that does not answer; nothing has asked for the settings yet.
      meilisearch: { version: null, settings: "unknown", settingsError: null, adminKeyError: null },
      // With Meilisearch configured, no server start warms PostgreSQL's words.
      searchWarmUp: { state: "off", words: 0, seconds: null },
    });
  });

  it("keeps what is approved meanwhile in the outbox until it can be delivered", async () => {
    const content = programmeContent();
    const created = await createProposal(member, { organisationId: await organisationId("quakesafe"), content });
    if (!created.ok) throw new Error(created.message);
    const sent = await submitProposal(member, { id: created.id, expectedVersion: 1, content });
    if (!sent.ok) throw new Error(sent.message);
    const approved = await reviewProposal(moderator, { decision: "approve", proposalId: created.id, expectedVersion: sent.version });
    expect(approved).toMatchObject({ ok: true });

    // Public at once through the fallback.
    const { result } = await searchWithEngine(parseSearchParams(new URLSearchParams(`q=${encodeURIComponent(content.title)}`)).query);
    expect(result.total).toBe(1);

    const entryId = (await db.proposal.findUniqueOrThrow({ where: { id: created.id } })).entryId;
    const engine = meiliEngine();
    if (!engine) throw new Error("Meilisearch should be configured in this file");
    expect(await deliverBatch(engine)).toMatchObject({ delivered: 0 });
    const row = await db.searchOutbox.findFirstOrThrow({ where: { entryId: entryId ?? "" } });
    expect(row.doneAt).toBeNull();
    expect(row.attempts).toBe(1);
    expect((await outboxLag()).pending).toBeGreaterThanOrEqual(1);
  });
});
