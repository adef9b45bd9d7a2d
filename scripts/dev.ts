import { spawn } from "node:child_process";
import path from "node:path";
import { connectDatabase } from "../lib/database/connect";

// `npm run dev`: the same database as `npm start`, with Next.js in development mode.
process.env.NEXT_TELEMETRY_DISABLED ??= "1";

async function main() {
  const database = await connectDatabase();
  const { loadSeedCatalogue } = await import("../lib/catalogue/seed");
  const report = await loadSeedCatalogue();
  console.log(`Catalogue: ${report.inserted} entries added, ${report.skipped} already present.`);
  const next = spawn(process.execPath, [path.resolve("node_modules/next/dist/bin/next"), "dev", "--port", process.env.PORT ?? "3000"], {
    stdio: "inherit",
    env: process.env,
  });
  const stop = () => next.kill("SIGTERM");
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  next.on("exit", (code) => void database.stop().then(() => process.exit(code ?? 0)));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
