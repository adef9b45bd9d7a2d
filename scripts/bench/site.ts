import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { z } from "zod";
import { freePort, waitForHealth } from "../support/site-process";
import { sleep } from "./load";

// The site under test: `npm start`'s script (it builds first when the build is
// stale) on a free port, against the bench's database.

export type Site = { base: string; child: ChildProcess };

export type CacheMode = "off" | "default";

/** Starts the site with the search result cache off (SEARCH_CACHE_SIZE=0) or as deployed (unset). */
export async function startSite(databaseUrl: string, cache: CacheMode): Promise<Site> {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  console.log(`Starting the site on ${base} with the search result cache ${cache === "off" ? "off" : "at its default size"}…`);
  const env: NodeJS.ProcessEnv = {
    // The load generator is one client: the per-client API limit would
    // measure itself, so it is lifted unless set explicitly.
    API_RATE_LIMIT_PER_MINUTE: "1000000000",
    ...process.env,
    PORT: String(port),
    DATABASE_URL: databaseUrl,
  };
  if (cache === "off") env.SEARCH_CACHE_SIZE = "0";
  else delete env.SEARCH_CACHE_SIZE;
  const child = spawn(path.resolve("node_modules/.bin/tsx"), ["--conditions=react-server", "scripts/start.ts"], { stdio: "inherit", env });
  await waitForHealth(base, child);
  return { base, child };
}

export async function stopSite(site: Site | undefined): Promise<void> {
  const child = site?.child;
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGTERM");
  if ((await Promise.race([exited.then(() => true), sleep(30_000).then(() => false)])) === false) {
    child.kill("SIGKILL");
    await Promise.race([exited, sleep(5_000)]);
  }
}

const healthSchema = z.object({ searchWarmUp: z.object({ state: z.string(), words: z.number(), seconds: z.number().nullable() }).optional() });

/**
 * Waits until the new process has read the catalogue's most common words
 * (SEARCH_WARM_WORDS, /api/health's searchWarmUp), as a deployment would wait
 * before sending it traffic: measured meanwhile, its reads would compete with
 * the rows. Returns what it read, in words for the report.
 */
export async function waitForSearchWarmUp(base: string): Promise<string> {
  for (let waited = 0; waited < 600; waited++) {
    const warm = healthSchema.parse(await (await fetch(`${base}/api/health`)).json()).searchWarmUp;
    if (!warm || warm.state === "off") return "no search warm-up";
    if (warm.state !== "running") return `search warm-up ${warm.state}: ${warm.words} words in ${warm.seconds?.toFixed(1)} s`;
    await sleep(1000);
  }
  return "search warm-up still running after 10 minutes";
}

