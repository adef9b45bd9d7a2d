import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

// Prisma's CLI looks for native engines it never runs with the JavaScript
// engine; pointing these at an existing file stops it from downloading them.
export function prismaCliEnv(databaseUrl: string): NodeJS.ProcessEnv {
  const placeholder = path.resolve("package.json");
  return {
    ...process.env,
    DATABASE_URL: databaseUrl,
    PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? placeholder,
    PRISMA_QUERY_ENGINE_LIBRARY: process.env.PRISMA_QUERY_ENGINE_LIBRARY ?? placeholder,
    PRISMA_HIDE_UPDATE_MESSAGE: "1",
  };
}

/** Applies pending migrations with `prisma migrate deploy`. */
export async function migrateDatabase(databaseUrl: string): Promise<void> {
  const cli = path.resolve("node_modules", "prisma", "build", "index.js");
  await run(process.execPath, [cli, "migrate", "deploy"], { env: prismaCliEnv(databaseUrl) });
}
