import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { setTimeout as sleep } from "node:timers/promises";

// A small in-process Meilisearch: only the endpoints the engine calls, each
// behaving as the server's source (v1.50, crates/meilisearch/src/routes)
// shows, so that unit tests exercise the real client (meilisearch-js) over
// HTTP. What it reproduces on purpose:
// - writes are tasks, processed one at a time in order, each taking as long
//   as `taskMs[type]` says (a settings change that re-indexes takes long);
// - a non-federated /multi-search runs its queries one after another
//   (routes/multi_search.rs), each taking `searchMs`;
// - payloads are deserialised with deny_unknown_fields: before 1.18 the swap
//   payload has no `rename` field, so sending it answers 400;
// - GET /keys/{key} needs the `keys.get` action: 404 for a key that is not
//   one of the API keys (the master key), the key otherwise;
// - document listing filters on `id > "…"` and sorts by `id:asc` (1.16+).

export type FakeTask = {
  uid: number;
  indexUid: string | null;
  status: "enqueued" | "processing" | "succeeded" | "failed";
  type: string;
  details: Record<string, unknown>;
  error: { message: string; code: string; type: string; link: string } | null;
  enqueuedAt: string;
  startedAt: string | null;
  finishedAt: string | null;
};

type Doc = Record<string, unknown> & { id: string };
type Index = { primaryKey: string | null; docs: Map<string, Doc>; settings: Record<string, unknown> };

export type FakeOptions = {
  version?: string;
  /** How long a task of each type takes to process, in ms (default 5). */
  taskMs?: Record<string, number>;
  /** How long one search query takes, in ms. */
  searchMs?: number;
  /** API keys by their key value (GET /keys/{key}). */
  keys?: Record<string, { indexes: string[]; actions: string[] }>;
  /** The master key (GET /keys/{master key} is 404: it is not one of the API keys). */
  masterKey?: string;
  /** Called before each request is answered, e.g. to change the index between two pages. */
  onRequest?: (route: string, fake: MeiliFake) => void;
  /** Makes tasks of these types fail. */
  failTypes?: string[];
};

/** Settings fields the server knows (deny_unknown_fields rejects the others). */
const SETTINGS_FIELDS = new Set([
  "displayedAttributes", "searchableAttributes", "filterableAttributes", "sortableAttributes", "rankingRules", "stopWords",
  "nonSeparatorTokens", "separatorTokens", "dictionary", "synonyms", "distinctAttribute", "proximityPrecision",
  "typoTolerance", "faceting", "pagination", "embedders", "searchCutoffMs", "localizedAttributes", "facetSearch",
  "prefixSearch",
]);

const apiError = (message: string, code: string, type = "invalid_request") => ({ message, code, type, link: `https://docs.meilisearch.com/errors#${code}` });

export class MeiliFake {
  readonly indexes = new Map<string, Index>();
  readonly tasks: FakeTask[] = [];
  /** Every request as "METHOD /path" with its parsed body. */
  readonly requests: { route: string; body: unknown }[] = [];
  private server: Server | null = null;
  private queue: Promise<void> = Promise.resolve();

  constructor(readonly options: FakeOptions = {}) {}

  async start(): Promise<string> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server?.listen(0, "127.0.0.1", resolve));
    const { port } = this.server.address() as AddressInfo;
    return `http://127.0.0.1:${port}`;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  tasksOf(type: string): FakeTask[] {
    return this.tasks.filter((t) => t.type === type);
  }

  private enqueue(type: string, indexUid: string | null, details: Record<string, unknown>, apply: () => FakeTask["error"]): Record<string, unknown> {
    const task: FakeTask = {
      uid: this.tasks.length, indexUid, status: "enqueued", type, details, error: null,
      enqueuedAt: new Date().toISOString(), startedAt: null, finishedAt: null,
    };
    this.tasks.push(task);
    this.queue = this.queue.then(async () => {
      task.status = "processing";
      task.startedAt = new Date().toISOString();
      await sleep(this.options.taskMs?.[type] ?? 5);
      task.error = this.options.failTypes?.includes(type) ? apiError("The task failed in the fake.", "internal", "internal") : apply();
      task.status = task.error ? "failed" : "succeeded";
      task.finishedAt = new Date().toISOString();
    });
    return { taskUid: task.uid, indexUid, status: "enqueued", type, enqueuedAt: task.enqueuedAt };
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString("utf8");
    const body: unknown = text ? JSON.parse(text) : undefined;
    const url = new URL(req.url ?? "/", "http://fake");
    this.requests.push({ route: `${req.method} ${url.pathname}`, body });
    this.options.onRequest?.(`${req.method} ${url.pathname}`, this);
    const [status, answer] = await this.route(req.method ?? "GET", url, body, req.headers.authorization ?? "");
    res.writeHead(status, { "Content-Type": "application/json" });
    res.end(answer === undefined ? "" : JSON.stringify(answer));
  }

  private async route(method: string, url: URL, body: unknown, authorization: string): Promise<[number, unknown]> {
    const path = url.pathname.split("/").filter(Boolean);
    const b = (body ?? {}) as Record<string, unknown>;
    const route = `${method} /${path.map((p, i) => (i === 1 && ["indexes", "tasks", "keys"].includes(path[0] ?? "") ? ":id" : p)).join("/")}`;
    const uid = path[1] ?? "";
    const index = this.indexes.get(uid);
    const missing = (): [number, unknown] => [404, apiError(`Index \`${uid}\` not found.`, "index_not_found")];
    switch (route) {
      case "GET /version":
        return [200, { commitSha: "fake", commitDate: "2026-01-01T00:00:00Z", pkgVersion: this.options.version ?? "1.50.0" }];
      case "GET /health":
        return [200, { status: "available" }];
      case "GET /keys/:id": {
        // The asking key needs keys.get (the master key has every action).
        const asking = authorization.replace(/^Bearer /, "");
        const rights = this.options.keys?.[asking]?.actions ?? [];
        if (asking !== this.options.masterKey && !rights.includes("*") && !rights.includes("keys.get")) {
          return [403, apiError("The provided API key is invalid.", "invalid_api_key", "auth")];
        }
        const key = this.options.keys?.[uid];
        if (!key) return [404, apiError(`API key \`${uid}\` not found.`, "api_key_not_found")];
        return [200, { uid: "00000000-0000-0000-0000-000000000000", key: uid, name: null, description: "", ...key, expiresAt: null, createdAt: "", updatedAt: "" }];
      }
      case "POST /indexes": {
        const id = String(b.uid);
        return [202, this.enqueue("indexCreation", id, { primaryKey: b.primaryKey ?? null }, () => {
          if (this.indexes.has(id)) return apiError(`Index \`${id}\` already exists.`, "index_already_exists");
          this.indexes.set(id, { primaryKey: typeof b.primaryKey === "string" ? b.primaryKey : null, docs: new Map(), settings: {} });
          return null;
        })];
      }
      case "DELETE /indexes/:id":
        return [202, this.enqueue("indexDeletion", uid, {}, () => (this.indexes.delete(uid) ? null : apiError(`Index \`${uid}\` not found.`, "index_not_found")))];
      case "PATCH /indexes/:id/settings": {
        const unknown = Object.keys(b).find((k) => !SETTINGS_FIELDS.has(k));
        if (unknown) return [400, apiError(`Unknown field \`${unknown}\``, "bad_request")];
        return [202, this.enqueue("settingsUpdate", uid, b, () => {
          const target = this.indexes.get(uid) ?? { primaryKey: null, docs: new Map(), settings: {} };
          target.settings = { ...target.settings, ...b };
          this.indexes.set(uid, target);
          return null;
        })];
      }
      case "GET /indexes/:id/settings":
        return index ? [200, index.settings] : missing();
      case "POST /indexes/:id/documents": {
        const docs = Array.isArray(body) ? (body as Doc[]) : [];
        return [202, this.enqueue("documentAdditionOrUpdate", uid, { receivedDocuments: docs.length }, () => {
          const target = this.indexes.get(uid) ?? { primaryKey: "id", docs: new Map(), settings: {} };
          for (const doc of docs) target.docs.set(doc.id, doc);
          this.indexes.set(uid, target);
          return null;
        })];
      }
      case "POST /indexes/:id/documents/delete-batch": {
        const ids = Array.isArray(body) ? body.map(String) : [];
        return [202, this.enqueue("documentDeletion", uid, { providedIds: ids.length }, () => {
          const target = this.indexes.get(uid);
          if (!target) return apiError(`Index \`${uid}\` not found.`, "index_not_found");
          for (const id of ids) target.docs.delete(id);
          return null;
        })];
      }
      case "GET /indexes/:id/documents":
      case "POST /indexes/:id/documents/fetch":
        return index ? [200, this.listDocuments(index, method === "GET" ? Object.fromEntries(url.searchParams) : b)] : missing();
      case "POST /swap-indexes": {
        const swaps = Array.isArray(body) ? (body as Record<string, unknown>[]) : [];
        const [major = 0, minor = 0] = (this.options.version ?? "1.50.0").split(".").map(Number);
        const known = major > 1 || minor >= 18 ? ["indexes", "rename"] : ["indexes"];
        for (const [i, swap] of swaps.entries()) {
          const unknown = Object.keys(swap).find((k) => !known.includes(k));
          if (unknown) return [400, apiError(`Unknown field \`${unknown}\` inside \`[${i}]\`: expected one of ${known.map((k) => `\`${k}\``).join(", ")}`, "bad_request")];
        }
        return [202, this.enqueue("indexSwap", null, { swaps }, () => {
          for (const { indexes } of swaps) {
            const [l, r] = indexes as [string, string];
            const left = this.indexes.get(l);
            const right = this.indexes.get(r);
            if (!left || !right) return apiError(`Indexes \`${l}\`, \`${r}\` not found.`, "index_not_found");
            this.indexes.set(l, right);
            this.indexes.set(r, left);
          }
          return null;
        })];
      }
      case "GET /tasks/:id": {
        const task = this.tasks[Number(uid)];
        return task ? [200, task] : [404, apiError(`Task \`${uid}\` not found.`, "task_not_found")];
      }
      case "GET /tasks": {
        const list = (name: string) => url.searchParams.get(name)?.split(",");
        const [types, statuses, indexUids] = [list("types"), list("statuses"), list("indexUids")];
        const results = this.tasks
          .filter((t) => (!types || types.includes(t.type)) && (!statuses || statuses.includes(t.status)) && (!indexUids || indexUids.includes(t.indexUid ?? "")))
          .reverse()
          .slice(0, Number(url.searchParams.get("limit") ?? 20));
        return [200, { results, total: results.length, limit: results.length, from: results[0]?.uid ?? null, next: null }];
      }
      case "POST /multi-search": {
        const queries = Array.isArray(b.queries) ? (b.queries as Record<string, unknown>[]) : [];
        const results = [];
        // Non-federated: one query after another, as the server does.
        for (const query of queries) {
          await sleep(this.options.searchMs ?? 0);
          results.push({ indexUid: query.indexUid, hits: [], query: query.q ?? "", processingTimeMs: this.options.searchMs ?? 0, hitsPerPage: 0, page: 1, totalPages: 0, totalHits: 0, facetDistribution: {} });
        }
        return [200, { results }];
      }
      default:
        return [404, apiError(`No route ${route} in the fake.`, "not_found")];
    }
  }

  private listDocuments(index: Index, params: Record<string, unknown>) {
    const fields = typeof params.fields === "string" ? params.fields.split(",") : Array.isArray(params.fields) ? params.fields.map(String) : null;
    let docs = [...index.docs.values()];
    if (params.filter !== undefined) {
      const match = /^id > "([^"\\]*)"$/.exec(String(params.filter));
      if (!match) throw new Error(`The fake only filters on id > "…", not ${String(params.filter)}`);
      docs = docs.filter((d) => d.id > (match[1] ?? ""));
    }
    const sort = Array.isArray(params.sort) ? params.sort : typeof params.sort === "string" ? params.sort.split(",") : [];
    if (sort.length > 0 && sort.join() !== "id:asc") throw new Error("The fake only sorts by id:asc");
    // Without a sort, documents come in internal id order: insertion order here.
    if (sort.length > 0) docs.sort((p, q) => (p.id < q.id ? -1 : 1));
    const offset = Number(params.offset ?? 0);
    const limit = Number(params.limit ?? 20);
    const page = docs.slice(offset, offset + limit).map((d) => (fields ? Object.fromEntries(fields.map((f) => [f, d[f]])) : d));
    return { results: page, offset, limit, total: docs.length };
  }
}
