import fs from "node:fs";
import path from "node:path";
import { startEmbeddedDatabase, type EmbeddedDatabase } from "../../../lib/database/embedded";
import { migrateDatabase } from "../../../lib/database/migrate";
import { startWebServer } from "./web-server-process";

// A second site of its own for tests that stop its database or need other
// settings: its own embedded PostgreSQL (empty catalogue, migrated) and our
// web server on a free port, serving the production build the suite's
// `npm start` made.

export type OwnServer = {
  baseURL: string;
  stopDatabase: () => Promise<void>;
  startDatabase: () => Promise<void>;
  close: () => Promise<void>;
};

export async function startOwnServer(name: string, env: Record<string, string> = {}): Promise<OwnServer> {
  const root = path.resolve(".data", `e2e-${name}`);
  fs.rmSync(root, { recursive: true, force: true });
  fs.mkdirSync(root, { recursive: true });
  fs.chmodSync(root, 0o755); // PostgreSQL runs as its own user when we are root
  const pgPort = 60000 + Math.floor(Math.random() * 4000);
  const previousDataDir = process.env.DATA_DIR;
  process.env.DATA_DIR = root;
  const start = () => startEmbeddedDatabase({ directory: path.join(root, "postgres"), port: pgPort, persistent: true });
  let database: EmbeddedDatabase | undefined = await start();
  await migrateDatabase(database.url);
  const server = await startWebServer(0, {
    DATA_DIR: root,
    DATABASE_URL: database.url,
    NEXTAUTH_SECRET: "own-server-test-secret",
    NEXTAUTH_URL: "http://127.0.0.1",
    SMTP_URL: "",
    ...env,
  });
  return {
    baseURL: server.baseURL,
    stopDatabase: async () => {
      await database?.stop();
      database = undefined;
    },
    startDatabase: async () => {
      database = await start();
    },
    close: async () => {
      await server.stop();
      await database?.stop();
      if (previousDataDir === undefined) delete process.env.DATA_DIR;
      else process.env.DATA_DIR = previousDataDir;
    },
  };
}
