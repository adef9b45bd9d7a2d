import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/prisma/client";
import { config } from "./config";

// One Prisma client per module instance. In development Next.js reloads modules,
// so there the client is kept on globalThis to avoid a new pool on every change.
declare global {
  var __clearinghousePrisma: PrismaClient | undefined;
}


// `next build` imports route modules to collect page data but never queries,
// so a build needs no database; everywhere else DATABASE_URL is required.
const building = process.env.NEXT_PHASE === "phase-production-build";

function createClient(): PrismaClient {
  const { DATABASE_URL, DATABASE_POOL_SIZE } = building
    ? { DATABASE_URL: process.env.DATABASE_URL ?? "", DATABASE_POOL_SIZE: 1 }
    : config();
  // The pool connects on first query, so creating the client touches nothing.
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
  const adapter = new PrismaPg({
    connectionString: DATABASE_URL,
    max: DATABASE_POOL_SIZE,
    connectionTimeoutMillis: 5_000,
    keepAlive: true,
    idleTimeoutMillis: 0,
    allowExitOnIdle: true,
  });
  // A transaction waits for a connection as long as opening one may take, and
  // a search's scan of a broad word may outlast Prisma's defaults (2 s and 5 s)
  // on a busy machine: slow is better than an error page.
  return new PrismaClient({ adapter, transactionOptions: { maxWait: 6_000, timeout: 30_000 } });
}

export const db: PrismaClient = globalThis.__clearinghousePrisma ?? createClient();
if (process.env.NODE_ENV === "development") globalThis.__clearinghousePrisma = db;
