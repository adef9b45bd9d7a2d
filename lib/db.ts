import "server-only";
import { createHash } from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient, type Prisma } from "./generated/prisma/client";
import { config } from "./config";

// One Prisma client and its pool per module instance. In development Next.js
// reloads modules, so there they are kept on globalThis to avoid a new pool on
// every change.
declare global {
  var __clearinghouseDatabase: Database | undefined;
}

type Database = { client: PrismaClient; pool: pg.Pool };

// `next build` imports route modules to collect page data but never queries,
// so a build needs no database; everywhere else DATABASE_URL is required.
const building = process.env.NEXT_PHASE === "phase-production-build";

function createPool(): pg.Pool {
  const { DATABASE_URL, DATABASE_POOL_SIZE } = building
    ? { DATABASE_URL: process.env.DATABASE_URL ?? "", DATABASE_POOL_SIZE: 1 }
    : config();
  // The pool connects on first query, so creating it touches nothing.
  // A connection that breaks (PostgreSQL restarted or gone) is dropped from
  // the pool and the next query opens a new one; the timeout and keep-alive
  // make a vanished server fail a query within seconds instead of hanging it,
  // so that pages answer 503 meanwhile and recover when it is back.
  //
  // Idle connections stay open (pg closed them after 10 s): a new backend
  // starts cold (catalogue caches, first touches of shared memory). The same
  // scan of a broad word took 170-240 ms as a new backend's first query and
  // 66-100 ms on a backend that had read those pages, and a quiet spell is
  // what a catalogue's visitors mostly meet. allowExitOnIdle lets scripts end
  // while their connections are still open.
  const pool = new pg.Pool({
    connectionString: DATABASE_URL,
    max: DATABASE_POOL_SIZE,
    connectionTimeoutMillis: 5_000,
    keepAlive: true,
    idleTimeoutMillis: 0,
    allowExitOnIdle: true,
    // For `sqlRows` only: Prisma's adapter gives each of its queries its own parsers.
    types: { getTypeParser: typeParser },
  });
  // An idle connection that breaks leaves the pool; unheard, its error would
  // end the process. Prisma listens only while it is connected.
  pool.on("error", () => {});
  return pool;
}

function createDatabase(): Database {
  const pool = createPool();
  // One pool for both. `$disconnect()` ends it, as it ended Prisma's own pool
  // before (scripts and tests rely on that to close every connection).
  const adapter = new PrismaPg(pool, { disposeExternalPool: true });
  // A transaction waits for a connection as long as opening one may take, and
  // a search's scan of a broad word may outlast Prisma's defaults (2 s and 5 s)
  // on a busy machine: slow is better than an error page.
  const client = new PrismaClient({ adapter, transactionOptions: { maxWait: 6_000, timeout: 30_000 } });
  return { client, pool };
}

const database: Database = globalThis.__clearinghouseDatabase ?? createDatabase();
if (process.env.NODE_ENV === "development") globalThis.__clearinghouseDatabase = database;

export const db: PrismaClient = database.client;

/** The shared pool, or a new one after `$disconnect()` ended it (Prisma then opens its own too). */
function livePool(): pg.Pool {
  if (database.pool.ending) database.pool = createPool();
  return database.pool;
}

// Values as Prisma's raw queries give them: int8 as a BigInt, and a timestamp
// or date without a zone as that moment in UTC (node-postgres would read it in
// the server's own zone).
const PARSERS: Record<number, (value: string) => unknown> = {
  20: (value) => BigInt(value),
  1082: (value) => new Date(`${value}T00:00:00Z`),
  1114: (value) => new Date(`${value.replace(" ", "T")}Z`),
};

function typeParser(oid: number, format?: string): (value: string) => unknown {
  return PARSERS[oid] ?? pg.types.getTypeParser(oid, format === "binary" ? "binary" : "text");
}

// Parameters as Prisma sends them: a date as its UTC time, a BigInt as digits.
const parameter = (value: unknown): unknown => (value instanceof Date ? value.toISOString() : typeof value === "bigint" ? value.toString() : value);

/**
 * The rows of one SQL statement, on Prisma's own pool but not through Prisma:
 * for the few read queries every page or search sends, where Prisma's own work
 * cost more than the query (about 0.5 ms of CPU per raw query, against 0.14 ms
 * for node-postgres alone; docs/decisions/021-hot-queries-without-prisma.md).
 * Built with `Prisma.sql`, so values stay parameters; typed like `$queryRaw`.
 */
export async function sqlRows<Row extends pg.QueryResultRow>(query: Prisma.Sql, options: SqlOptions = {}): Promise<Row[]> {
  const values = query.values.map(parameter);
  const result = await livePool().query<Row>(options.prepared ? { name: statementName(query.text), text: query.text, values } : { text: query.text, values });
  return result.rows;
}

/**
 * `prepared`: the statement is prepared once on each connection and then only
 * executed, so PostgreSQL stops parsing and planning it on every request and,
 * after a few runs, keeps one plan for it (ADR 024). Only for statements whose
 * text is one of a few fixed shapes, each always best served by the same plan:
 * a lookup by key, not a scan whose best plan depends on the values.
 */
export type SqlOptions = { prepared?: boolean };

// Named after the statement's text: node-postgres refuses one name for two
// texts, and a connection keeps each name it has prepared.
function statementName(text: string): string {
  return `ch_${createHash("sha256").update(text).digest("base64url").slice(0, 22)}`;
}

/**
 * The rows of one SQL statement, as `sqlRows` gives them, run after the
 * given planner settings in a transaction of its own, which they end with.
 * The settings are the caller's constants, never input.
 */
export async function sqlRowsWithSettings<Row extends pg.QueryResultRow>(settings: Readonly<Record<string, string>>, query: Prisma.Sql): Promise<Row[]> {
  const client = await livePool().connect();
  let broken = false;
  try {
    await client.query(["BEGIN", ...Object.entries(settings).map(([name, value]) => `SET LOCAL ${name} = ${value}`)].join("; "));
    const result = await client.query<Row>(query.text, query.values.map(parameter));
    await client.query("COMMIT");
    return result.rows;
  } catch (error) {
    // A connection that cannot even roll back is broken: the pool drops it.
    broken = await client.query("ROLLBACK").then(
      () => false,
      () => true,
    );
    throw error;
  } finally {
    client.release(broken);
  }
}
