import { spawn, type ChildProcess } from "node:child_process";
import net from "node:net";
import path from "node:path";

// Starts the production site (`npm start`'s script) on a free port for a
// measuring command, and stops it again.

const STARTUP_TIMEOUT_MS = 20 * 60_000; // start.ts may have to build the site first
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export async function waitForHealth(base: string, site?: ChildProcess): Promise<void> {
  const deadline = Date.now() + STARTUP_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (site && site.exitCode !== null) throw new Error(`The site exited (code ${site.exitCode}) before it answered.`);
    try {
      const response = await fetch(`${base}/api/health`, { signal: AbortSignal.timeout(5000) });
      if (response.status === 200) return;
    } catch {
      // not listening yet
    }
    await sleep(1000);
  }
  throw new Error(`The site did not answer ${base}/api/health within ${STARTUP_TIMEOUT_MS / 60_000} minutes.`);
}

export type RunningSite = { base: string; stop: () => Promise<void> };

/** `npm start` on a free port (or PORT), with the caller's DATA_DIR / DATABASE_URL. */
export async function startSite(port?: number): Promise<RunningSite> {
  const chosen = port ?? (await freePort());
  const site = spawn(path.resolve("node_modules/.bin/tsx"), ["--conditions=react-server", "scripts/start.ts"], {
    stdio: ["ignore", "inherit", "inherit"],
    env: { ...process.env, PORT: String(chosen) },
  });
  const base = `http://127.0.0.1:${chosen}`;
  const stop = async () => {
    if (site.exitCode !== null || site.signalCode !== null) return;
    const exited = new Promise((resolve) => site.once("exit", resolve));
    site.kill("SIGTERM");
    await exited;
  };
  try {
    await waitForHealth(base, site);
  } catch (error) {
    await stop();
    throw error;
  }
  return { base, stop };
}
