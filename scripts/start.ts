import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { connectDatabase } from "../lib/database/connect";

// `npm start`: database (embedded unless DATABASE_URL), migrations, the
// catalogue, a production build when the sources are newer, then the server.

const SOURCE_PATHS = [
  "app",
  "components",
  "lib",
  "public",
  "prisma/schema.prisma",
  "next.config.ts",
  "package.json",
  "postcss.config.mjs",
  "tsconfig.json",
];
const port = Number(process.env.PORT ?? 3000);
// No telemetry calls from a machine that may have no way out.
process.env.NEXT_TELEMETRY_DISABLED ??= "1";

function newestMtime(target: string): number {
  if (!fs.existsSync(target)) return 0;
  const stat = fs.statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return fs
    .readdirSync(target)
    .filter((name) => name !== "generated")
    .reduce((newest, name) => Math.max(newest, newestMtime(path.join(target, name))), stat.mtimeMs);
}

function buildIsStale(): boolean {
  const buildId = path.join(".next", "BUILD_ID");
  if (!fs.existsSync(buildId)) return true;
  const built = fs.statSync(buildId).mtimeMs;
  return SOURCE_PATHS.some((p) => newestMtime(p) > built);
}

// Next.js runs its server in a child process of its own; starting it in a new
// process group lets us stop the whole tree, whoever signals us.
function run(command: string, args: string[]): ChildProcess {
  return spawn(process.execPath, [path.resolve("node_modules", ...command.split("/")), ...args], {
    stdio: "inherit",
    env: process.env,
    detached: true,
  });
}

function terminate(child: ChildProcess) {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, "SIGTERM");
  } catch {
    child.kill("SIGTERM");
  }
}

function finished(child: ChildProcess): Promise<number> {
  return new Promise((resolve) => child.on("exit", (code) => resolve(code ?? 1)));
}

async function main() {
  const database = await connectDatabase();
  // The build, then the server: whichever runs now is stopped with us.
  const running: { child?: ChildProcess } = {};
  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    console.log("\nStopping…");
    const { child } = running;
    if (child && child.exitCode === null && child.signalCode === null) {
      const exited = finished(child);
      terminate(child);
      await exited;
    }
    await database.stop();
    process.exit(code);
  };
  process.on("SIGINT", () => void stop(0));
  process.on("SIGTERM", () => void stop(0));

  const { loadSeedCatalogue } = await import("../lib/catalogue/seed");
  const report = await loadSeedCatalogue();
  console.log(`Catalogue: ${report.inserted} entries added, ${report.skipped} already present.`);

  if (buildIsStale()) {
    console.log("Building the production bundle (sources changed or no build yet)…");
    running.child = run("next/dist/bin/next", ["build"]);
    const code = await finished(running.child);
    if (stopping) return;
    if (code !== 0) return stop(code);
  }
  const server = run("next/dist/bin/next", ["start", "--port", String(port)]);
  running.child = server;
  console.log(`\nSTEM Clearinghouse: http://localhost:${port}\n`);
  server.on("exit", (code) => void stop(code ?? 0));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
