import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { connectDatabase, type DatabaseHandle } from "../../lib/database/connect";
import { dataDir } from "../../lib/database/embedded";
import { readOrCreateSecret } from "../../lib/database/secrets";
import { parseTrustedProxies } from "../../lib/http/trusted-proxies";

// What `npm start` and `npm run dev` share: the database with its catalogue,
// and Next.js as a child process tree that can be stopped as a whole.

// No telemetry calls from a machine that may have no way out.
process.env.NEXT_TELEMETRY_DISABLED ??= "1";

/** The database (embedded unless DATABASE_URL), migrated, with the catalogue loaded. */
export async function prepareDatabase(): Promise<DatabaseHandle> {
  const database = await connectDatabase();
  const { loadSeedCatalogue } = await import("../../lib/catalogue/seed");
  const report = await loadSeedCatalogue();
  console.log(`Catalogue: ${report.inserted} entries added, ${report.skipped} already present.`);
  const { ensureCatalogueOrganisations } = await import("../../lib/organisations/seed");
  await ensureCatalogueOrganisations();
  const { ensureCurrentSearchIndex } = await import("../../lib/search/postgres/index-version");
  if (await ensureCurrentSearchIndex()) console.log("Search index rewritten for this version of the indexer.");
  // Demo accounts belong to the local database only, unless asked for.
  if (database.embedded || process.env.SEED_DEMO_USERS === "1") await printDemoAccounts();
  return database;
}

async function printDemoAccounts(): Promise<void> {
  const { ensureDemoAccounts, demoAccountsFile, formatDemoAccounts } = await import("../../lib/auth/demo-accounts");
  const { created, accounts } = await ensureDemoAccounts();
  console.log(`\nDemo accounts (${created ? "created now" : "as before"}; also in ${demoAccountsFile()}):\n${formatDemoAccounts(accounts)}\n`);
}

/**
 * next-auth needs a secret and the site's address. Unless given, the secret is
 * made once and kept in DATA_DIR/auth-secret, so sessions survive restarts.
 * Several instances must share one NEXTAUTH_SECRET.
 */
export function prepareAuthEnvironment(port: number): void {
  process.env.NEXTAUTH_URL ||= `http://localhost:${port}`;
  if (process.env.NEXTAUTH_SECRET) return;
  process.env.NEXTAUTH_SECRET = readOrCreateSecret(path.join(dataDir(), "auth-secret"), 32);
}

// Next.js runs its server in a child process of its own; starting it in a new
// process group lets us stop the whole tree, whoever signals us.
export function runNext(args: string[]): ChildProcess {
  return spawn(process.execPath, [path.resolve("node_modules/next/dist/bin/next"), ...args], {
    stdio: "inherit",
    env: process.env,
    detached: true,
  });
}

/** A typo in TRUSTED_PROXIES fails at start, loudly (before the database starts), not at the first request. */
export function checkWebServerSettings(): void {
  parseTrustedProxies(process.env.TRUSTED_PROXIES);
}

/**
 * Our web server (scripts/support/web-server.mjs) with Next.js inside, in the
 * same kind of process group as runNext. `mode` is "start" or "dev".
 */
export function runWebServer(mode: "start" | "dev", port: number): ChildProcess {
  // SERVER_CPU_PROFILE_DIR: the server writes a V8 CPU profile there when it stops
  // (Node refuses --cpu-prof in NODE_OPTIONS). See docs/benchmarks.md, "Profiling".
  const profileDir = process.env.SERVER_CPU_PROFILE_DIR;
  const profile = profileDir ? ["--cpu-prof", `--cpu-prof-dir=${profileDir}`] : [];
  return spawn(process.execPath, [...profile, path.resolve("scripts/support/web-server.mjs"), mode, String(port)], {
    // The IPC channel closes when this process dies, however it dies: the
    // server then stops instead of holding the port against the next start.
    stdio: ["inherit", "inherit", "inherit", "ipc"],
    env: { ...process.env, NODE_ENV: mode === "dev" ? "development" : "production" },
    detached: true,
  });
}

export function finished(child: ChildProcess): Promise<number> {
  return new Promise((resolve) => child.on("exit", (code) => resolve(code ?? 1)));
}

/** Stops a child's whole process group and waits for it, if it still runs. */
export async function terminate(child: ChildProcess | undefined): Promise<void> {
  if (!child || child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  const exited = finished(child);
  try {
    process.kill(-child.pid, "SIGTERM");
  } catch {
    child.kill("SIGTERM");
  }
  await exited;
}
