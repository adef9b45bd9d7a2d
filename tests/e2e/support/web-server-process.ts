import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";

// Our web server (scripts/support/web-server.mjs) serving the production build
// that the suite's `npm start` made, as a process the test starts and stops:
// the sites of their own (own-server.ts) and the second instance on the
// suite's database (second-instance.ts).

export type WebServerProcess = {
  baseURL: string;
  /** The end of what it printed, for the report when a test fails. */
  output: () => string;
  stop: () => Promise<void>;
};

const KEPT_OUTPUT = 20_000;

/** Starts the server on `port` (0: a free one) and resolves once it listens. */
export async function startWebServer(port: number, env: Record<string, string>): Promise<WebServerProcess> {
  const server = spawn(process.execPath, [path.resolve("scripts/support/web-server.mjs"), "start", String(port)], {
    env: { ...process.env, NODE_ENV: "production", ...env },
    // Its log is kept, not printed: noise in the suite's output unless a test
    // fails. The IPC channel closes when the test worker dies, however it
    // dies, and the server then stops by itself.
    stdio: ["ignore", "pipe", "pipe", "ipc"],
    // Its own process group, stopped as a whole.
    detached: true,
  });
  let output = "";
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-KEPT_OUTPUT);
  };
  server.stdout?.on("data", keep);
  server.stderr?.on("data", keep);
  server.once("exit", (code, signal) => keep(Buffer.from(`\n[exited: ${code ?? signal}]\n`)));
  const listening = await new Promise<number>((resolve, reject) => {
    const look = () => {
      const match = /Listening on port (\d+)/.exec(output);
      if (match) resolve(Number(match[1]));
    };
    server.stdout?.on("data", look);
    server.once("exit", () => reject(new Error(`the web server exited: ${output}`)));
  });
  return { baseURL: `http://127.0.0.1:${listening}`, output: () => output, stop: () => stopGroup(server) };
}

async function stopGroup(server: ChildProcess): Promise<void> {
  if (server.pid === undefined || server.exitCode !== null || server.signalCode !== null) return;
  const exited = new Promise((resolve) => server.once("exit", resolve));
  process.kill(-server.pid, "SIGTERM");
  await exited;
}
