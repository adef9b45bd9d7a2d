import type { ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { checkWebServerSettings, finished, prepareAuthEnvironment, prepareDatabase, runNext, runWebServer, terminate } from "./support/next-process";

// `npm start`: database (embedded unless DATABASE_URL), migrations, the
// catalogue, a production build when the sources are newer, then the server.

const SOURCE_PATHS = [
  "app",
  "components",
  "lib",
  "public",
  "prisma/schema.prisma",
  "next.config.ts",
  "proxy.ts",
  "instrumentation.ts",
  "package.json",
  "postcss.config.mjs",
  "tsconfig.json",
];
const port = Number(process.env.PORT ?? 3000);

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

async function main() {
  checkWebServerSettings();
  prepareAuthEnvironment(port);
  const database = await prepareDatabase();
  // The build, then the server: whichever runs now is stopped with us.
  const running: { child?: ChildProcess } = {};
  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    console.log("\nStopping…");
    await terminate(running.child);
    await database.stop();
    process.exit(code);
  };
  process.on("SIGINT", () => void stop(0));
  process.on("SIGTERM", () => void stop(0));

  if (buildIsStale()) {
    console.log("Building the production bundle (sources changed or no build yet)…");
    running.child = runNext(["build"]);
    const code = await finished(running.child);
    if (stopping) return;
    if (code !== 0) return stop(code);
  }
  const server = runWebServer("start", port);
  running.child = server;
  console.log(`\nSTEM Clearinghouse: http://localhost:${port}\n`);
  server.on("exit", (code) => void stop(code ?? 0));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
