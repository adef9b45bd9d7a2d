import { checkWebServerSettings, prepareAuthEnvironment, prepareDatabase, runWebServer, terminate } from "./support/next-process";

// `npm run dev`: the same database as `npm start`, with Next.js in development mode.

async function main() {
  const port = process.env.PORT ?? "3000";
  checkWebServerSettings();
  prepareAuthEnvironment(Number(port));
  const database = await prepareDatabase();
  const next = runWebServer("dev", Number(port));
  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    await terminate(next);
    await database.stop();
    process.exit(code);
  };
  process.on("SIGINT", () => void stop(0));
  process.on("SIGTERM", () => void stop(0));
  next.on("exit", (code) => void stop(code ?? 0));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
