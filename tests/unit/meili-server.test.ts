import { afterEach, describe, expect, it, vi } from "vitest";
import { MeiliFake, type FakeOptions } from "./support/meili-fake";

// The Meilisearch engine against an in-process fake of the server
// (support/meili-fake.ts) through the real client: what it asks of the
// server, in which order, and what it does with the answers (issue 18).

// lib/db is imported with the reindex; nothing here reaches a database (the
// port is closed), the checks run before the first query.
process.env.DATABASE_URL ??= "postgresql://unused:unused@127.0.0.1:9/unused";
const { createMeiliClients } = await import("../../lib/search/meilisearch/client");
const { createMeiliEngine } = await import("../../lib/search/meilisearch/engine");
const { createReadiness, MeiliSettingsPendingError } = await import("../../lib/search/meilisearch/readiness");
const { dropIndex, reindexAll, swapIn } = await import("../../lib/search/meilisearch/reindex");
const { checkAdminKey, checkServerVersion, isSupportedVersion, MIN_MEILISEARCH_VERSION } = await import("../../lib/search/meilisearch/server");
const { ID_PAGE, strayDocumentIds } = await import("../../lib/search/meilisearch/sync");
const { meiliStatus } = await import("../../lib/search/meilisearch/status");
const { parseSearchParams } = await import("../../lib/search/query");

// Tasks and searches take real time in the fake, and this machine is shared.
vi.setConfig({ testTimeout: 20_000 });

const MASTER = "fake-master-key";
let fake: MeiliFake | null = null;

async function serve(options: FakeOptions = {}) {
  fake = new MeiliFake({ masterKey: MASTER, ...options });
  const url = await fake.start();
  const config = { url, searchKey: MASTER, adminKey: MASTER, index: "entries", timeoutMs: 2000 };
  return { fake, config, clients: createMeiliClients(config) };
}

afterEach(async () => {
  await fake?.stop();
  fake = null;
});

describe("the server's version (finding 1)", () => {
  it("supports 1.18 and newer only: the swap payload's rename field came with 1.18", () => {
    expect(MIN_MEILISEARCH_VERSION).toBe("1.18.0");
    expect(["1.18.0", "1.18.2", "1.50.0", "v2.0.0"].every(isSupportedVersion)).toBe(true);
    expect(["1.17.9", "1.12.0", "0.30.5", "nonsense"].some(isSupportedVersion)).toBe(false);
  });

  it("a 1.17 server rejects the swap payload we send (deny_unknown_fields), a 1.18 server takes it", async () => {
    const old = await serve({ version: "1.17.2" });
    await expect(swapIn(old.clients.admin, "entries", "entries_1")).rejects.toThrow(/Unknown field `rename`/);
    await old.fake.stop();
    const current = await serve({ version: "1.18.0" });
    await current.clients.admin.createIndex("entries").waitTask();
    await current.clients.admin.createIndex("entries_1").waitTask();
    await swapIn(current.clients.admin, "entries", "entries_1");
    expect(current.fake.tasksOf("indexSwap")[0]?.status).toBe("succeeded");
  });

  it("refuses an older server clearly, and a reindex refuses it before building anything", async () => {
    const { fake, config, clients } = await serve({ version: "1.17.2" });
    await expect(checkServerVersion(clients.admin)).rejects.toThrow("Meilisearch 1.17.2 is not supported: this site needs 1.18.0 or newer");
    await expect(reindexAll(config)).rejects.toThrow("needs 1.18.0 or newer");
    expect(fake.requests.map((r) => r.route)).toEqual(["GET /version", "GET /version"]);
  });
});

describe("settings applied once (finding 2)", () => {
  it("queues the settings once at start and lets deliveries wait for them without queuing more", async () => {
    const { fake, config, clients } = await serve({ taskMs: { settingsUpdate: 2500 } });
    const readiness = createReadiness(clients.admin, config, 20);
    const engine = createMeiliEngine(config, clients, readiness);
    await readiness.start(); // the server's start-up
    // A delivery that gives up while Meilisearch is still re-indexing is retried later, and queues nothing.
    await expect(readiness.ready(100)).rejects.toBeInstanceOf(MeiliSettingsPendingError);
    await expect(readiness.ready(100)).rejects.toBeInstanceOf(MeiliSettingsPendingError);
    await Promise.all([engine.remove(["a"]), engine.remove(["b"])]);
    await engine.remove(["c"]);
    expect(fake.tasksOf("settingsUpdate")).toHaveLength(1);
    expect(fake.tasksOf("settingsUpdate")[0]?.status).toBe("succeeded");
    // Each deletion came after the settings held.
    const settingsDone = Date.parse(fake.tasksOf("settingsUpdate")[0]?.finishedAt ?? "");
    for (const task of fake.tasksOf("documentDeletion")) expect(Date.parse(task.enqueuedAt)).toBeGreaterThanOrEqual(settingsDone);
    expect(await readiness.state()).toMatchObject({ status: "applied", version: "1.50.0", error: null });
  });

  it("queues its own settings even behind another instance's, which may be another version's", async () => {
    const { fake, config, clients } = await serve({ taskMs: { settingsUpdate: 100 } });
    await clients.admin.createIndex("entries").waitTask();
    await clients.admin.index("entries").updateSettings({ facetSearch: true });
    await createReadiness(clients.admin, config, 20).ready();
    expect(fake.tasksOf("settingsUpdate")).toHaveLength(2);
    expect(fake.indexes.get("entries")?.settings.facetSearch).toBe(false);
  });

  it("says why when the settings task fails, and queues them again at the next delivery", async () => {
    const { fake, config, clients } = await serve({ failTypes: ["settingsUpdate"] });
    const readiness = createReadiness(clients.admin, config, 20);
    await expect(readiness.ready()).rejects.toThrow(/settingsUpdate on entries\) failed/);
    expect((await readiness.state()).status).toBe("failed");
    await expect(readiness.ready()).rejects.toThrow(/failed/);
    expect(fake.tasksOf("settingsUpdate")).toHaveLength(2);
  });

  it("sends every setting the server knows (it denies unknown fields)", async () => {
    const { fake, config, clients } = await serve();
    await createReadiness(clients.admin, config, 20).ready();
    const sent = fake.tasksOf("settingsUpdate")[0]?.details ?? {};
    expect(Object.keys(sent)).toEqual(expect.arrayContaining(["searchCutoffMs", "localizedAttributes", "proximityPrecision", "facetSearch", "displayedAttributes"]));
    expect(sent.searchCutoffMs).toBeLessThan(config.timeoutMs);
    expect(sent.typoTolerance).toMatchObject({ disableOnWords: expect.arrayContaining(["stem", "mint"]) });
  });
});

describe("disjunctive facet counts (finding 3)", () => {
  const SEARCH_MS = 150;
  const FIVE_FACETS = "country=RO&level=primary&theme=mathematics&kind=programme&evidence=impact";

  it("sends each count query as its own request, side by side: five selected facets take about one query's time", async () => {
    const { fake, config, clients } = await serve({ searchMs: SEARCH_MS });
    const engine = createMeiliEngine(config, clients);
    const query = parseSearchParams(new URLSearchParams(FIVE_FACETS)).query;
    // Once to open the connections, as a running server has them open.
    await engine.search(query, { generation: 0n, now: new Date() });
    fake.requests.length = 0;
    const started = performance.now();
    await engine.search(query, { generation: 0n, now: new Date() });
    const elapsed = performance.now() - started;
    const searches = fake.requests.filter((r) => r.route === "POST /multi-search");
    // The page, five facets' counts, three freshness counts: nine requests of one query each.
    expect(searches).toHaveLength(9);
    for (const { body } of searches) expect((body as { queries: unknown[] }).queries).toHaveLength(1);
    // The same nine queries in one request, as before: one after another on the server.
    const { buildSearchPlan } = await import("../../lib/search/meilisearch/request");
    const before = performance.now();
    await clients.search.multiSearch(buildSearchPlan(query, "entries").params);
    const sequential = performance.now() - before;
    expect(sequential).toBeGreaterThanOrEqual(9 * SEARCH_MS - 5);
    // About one query's time (a busy machine adds its own delays): far below the nine of one request.
    expect(elapsed).toBeLessThan(sequential / 3);
    console.info(`facet counts, five facets selected, ${SEARCH_MS} ms a query: separate requests ${elapsed.toFixed(0)} ms, one multi-search ${sequential.toFixed(0)} ms`);
  });
});

describe("the stray-document scan (finding 4)", () => {
  it("pages by id, so documents deleted meanwhile cannot make it skip a stray", async () => {
    const ids = Array.from({ length: 2 * ID_PAGE + 10 }, (_, i) => `doc-${String(i).padStart(5, "0")}`);
    const strays = ids.slice(ID_PAGE, ID_PAGE + 3);
    let listings = 0;
    const { fake, clients } = await serve({
      onRequest: (route, self) => {
        if (!route.startsWith("GET /indexes/entries/documents") && !route.startsWith("POST /indexes/entries/documents/fetch")) return;
        listings += 1;
        // The outbox deletes five documents of the first page while the scan reads the second.
        if (listings === 2) for (const id of ids.slice(0, 5)) self.indexes.get("entries")?.docs.delete(id);
      },
    });
    await clients.admin.index("entries").addDocuments(ids.map((id) => ({ id })), { primaryKey: "id" }).waitTask();
    const keep = new Set(ids.filter((id) => !strays.includes(id)));
    expect(await strayDocumentIds(clients.admin, "entries", keep)).toEqual(strays);
    expect(fake.requests.filter((r) => r.route.includes("/documents")).length).toBe(4);
  });
});

describe("the admin key's index pattern (finding 5)", () => {
  const keys = {
    narrow: { indexes: ["entries"], actions: ["*"] },
    wide: { indexes: ["entries*"], actions: ["*"] },
    blind: { indexes: ["entries"], actions: ["documents.*", "indexes.*", "settings.*", "tasks.*"] },
  };

  it("refuses a key limited to entries, which cannot create entries_<time>", async () => {
    const { clients, config } = await serve({ keys });
    const as = (key: string) => createMeiliClients({ ...config, adminKey: key }).admin;
    await expect(checkAdminKey(as("narrow"), "narrow", "entries")).rejects.toThrow('it needs "entries*"');
    expect(await checkAdminKey(as("wide"), "wide", "entries")).toBe("checked");
    // The master key is no API key (404); a key without keys.get cannot ask (403): both pass unchecked.
    expect(await checkAdminKey(clients.admin, MASTER, "entries")).toBe("unchecked");
    expect(await checkAdminKey(as("blind"), "blind", "entries")).toBe("unchecked");
  });

  it("says so at start and in health, and still delivers to the live index and searches", async () => {
    const { fake, config } = await serve({ keys });
    const narrow = { ...config, adminKey: "narrow" };
    const clients = createMeiliClients(narrow);
    const engine = createMeiliEngine(narrow, clients, createReadiness(clients.admin, narrow, 20));
    await engine.readiness.start();
    await engine.remove(["a"]);
    expect(fake.tasksOf("documentDeletion")).toHaveLength(1);
    expect(await meiliStatus(engine, 1000)).toMatchObject({ settings: "applied", adminKeyError: expect.stringContaining('it needs "entries*"') });
    expect(engine.readiness.refusal()).toBeNull();
    // A reindex, which needs entries_<time>, refuses before building anything.
    await expect(reindexAll(narrow)).rejects.toThrow('it needs "entries*"');
    expect(fake.requests.filter((r) => r.route === "POST /indexes" && (r.body as { uid: string }).uid !== "entries")).toEqual([]);
  });
});

describe("deleting an index (finding 6)", () => {
  it("waits until Meilisearch has deleted it, and reports a failure", async () => {
    const { fake, clients } = await serve({ taskMs: { indexDeletion: 200 } });
    await clients.admin.createIndex("entries_1").waitTask();
    expect(await dropIndex(clients.admin, "entries_1")).toBeNull();
    expect(fake.indexes.has("entries_1")).toBe(false);
    expect(await dropIndex(clients.admin, "never-there")).toBeNull();
    fake.options.failTypes = ["indexDeletion"];
    await clients.admin.createIndex("entries_2").waitTask();
    expect(await dropIndex(clients.admin, "entries_2")).toMatch(/indexDeletion on entries_2\) failed/);
  });
});

describe("health", () => {
  it("reports the server's version and whether the settings hold", async () => {
    const { config, clients } = await serve({ version: "1.19.1", taskMs: { settingsUpdate: 300 } });
    const engine = createMeiliEngine(config, clients, createReadiness(clients.admin, config, 20));
    expect(await meiliStatus(engine, 1000)).toEqual({ version: "1.19.1", settings: "unknown", settingsError: null, adminKeyError: null });
    await engine.readiness.start();
    expect(await meiliStatus(engine, 1000)).toMatchObject({ settings: "applying" });
    await engine.readiness.ready();
    expect(await meiliStatus(engine, 1000)).toEqual({ version: "1.19.1", settings: "applied", settingsError: null, adminKeyError: null });
  });

  it("says why when the server was refused, and answers when it is gone", async () => {
    const { config, clients } = await serve({ version: "1.17.0" });
    const engine = createMeiliEngine(config, clients, createReadiness(clients.admin, config, 20));
    await expect(engine.readiness.start()).rejects.toThrow("not supported");
    // Refused: searches go to PostgreSQL (the engine throws, lib/search falls back) and health says it is not reachable.
    await expect(engine.search(parseSearchParams(new URLSearchParams("q=robot")).query, { generation: 0n, now: new Date() })).rejects.toThrow("not supported");
    expect(await engine.ping()).toBe(false);
    expect(await meiliStatus(engine, 1000)).toMatchObject({ version: "1.17.0", settings: "failed", settingsError: expect.stringContaining("1.18.0 or newer") });
    await fake?.stop();
    fake = null;
    expect(await meiliStatus(engine, 1000)).toMatchObject({ version: null, settings: "failed" });
  });
});
