import pg from "pg";

// The embedded PostgreSQL has two roles: its superuser, used only here to set
// things up, and the role the app signs in as, which owns the app's database
// and everything in it but is no superuser (cannot read pg_authid, run
// programs with COPY, or reach other databases' files).

export const SUPERUSER = "clearinghouse";
export const APP_ROLE = "clearinghouse_app";
/** The superuser's password in data directories made before passwords were generated. */
const LEGACY_PASSWORD = "clearinghouse";

export type Credentials = { port: number; superuserPassword: string; appPassword: string; passwordFile: string };

/** Makes the app's role and database ready: run as the superuser on every start. */
export async function prepareAppRole(credentials: Credentials, database: string): Promise<void> {
  const server = await connectSuperuser(credentials, "postgres");
  try {
    const role = server.escapeIdentifier(APP_ROLE);
    const attributes = `LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS PASSWORD ${server.escapeLiteral(credentials.appPassword)}`;
    const exists = await server.query("SELECT 1 FROM pg_roles WHERE rolname = $1", [APP_ROLE]);
    await server.query(exists.rowCount === 0 ? `CREATE ROLE ${role} ${attributes}` : `ALTER ROLE ${role} WITH ${attributes}`);
    const owner = await server.query<{ owner: string }>("SELECT pg_get_userbyid(datdba) AS owner FROM pg_database WHERE datname = $1", [database]);
    const name = server.escapeIdentifier(database);
    if (owner.rowCount === 0) await server.query(`CREATE DATABASE ${name} OWNER ${role}`);
    else if (owner.rows[0]?.owner !== APP_ROLE) await server.query(`ALTER DATABASE ${name} OWNER TO ${role}`);
  } finally {
    await server.end();
  }
  const inDatabase = await connectSuperuser(credentials, database);
  try {
    // The migrations need these; made here, they need no privilege the app lacks.
    await inDatabase.query("CREATE EXTENSION IF NOT EXISTS unaccent; CREATE EXTENSION IF NOT EXISTS pg_trgm");
    await inDatabase.query(handOverSql);
  } finally {
    await inDatabase.end();
  }
}

/**
 * Signs in as the superuser. A data directory still on the old fixed password
 * is signed into with it once, and its generated password set.
 */
async function connectSuperuser(credentials: Credentials, database: string): Promise<pg.Client> {
  try {
    return await connect(credentials.port, database, credentials.superuserPassword);
  } catch (error) {
    if (!isAuthenticationFailure(error)) throw error;
  }
  let client: pg.Client;
  try {
    client = await connect(credentials.port, database, LEGACY_PASSWORD);
  } catch (error) {
    if (!isAuthenticationFailure(error)) throw error;
    throw new Error(
      `The embedded PostgreSQL refused the superuser password in ${credentials.passwordFile}. ` +
        "Restore that file from the copy of DATA_DIR it came with.",
    );
  }
  await client.query(`ALTER ROLE CURRENT_USER PASSWORD ${client.escapeLiteral(credentials.superuserPassword)}`);
  return client;
}

async function connect(port: number, database: string, password: string): Promise<pg.Client> {
  const client = new pg.Client({ host: "127.0.0.1", port, user: SUPERUSER, password, database });
  try {
    await client.connect();
  } catch (error) {
    await client.end().catch(() => {});
    throw error;
  }
  return client;
}

function isAuthenticationFailure(error: unknown): boolean {
  return error instanceof Error && "code" in error && error.code === "28P01";
}

// Objects the superuser owns in the app's database (made by the app before it
// had a role of its own) pass to the app's role; extensions' own objects and
// the system catalogues stay. Sequences owned by a column follow their table.
const handOverSql = `
DO $$
DECLARE
  statement text;
BEGIN
  FOR statement IN
    WITH objects (catalog, oid, namespace, owner, command) AS (
      SELECT 'pg_class'::regclass, c.oid, c.relnamespace, c.relowner,
             format('ALTER %s %s', CASE c.relkind WHEN 'S' THEN 'SEQUENCE' WHEN 'v' THEN 'VIEW'
               WHEN 'm' THEN 'MATERIALIZED VIEW' WHEN 'f' THEN 'FOREIGN TABLE' ELSE 'TABLE' END, c.oid::regclass)
      FROM pg_class c
      WHERE c.relkind IN ('r', 'p', 'v', 'm', 'f', 'S')
        AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype IN ('a', 'i'))
      UNION ALL
      SELECT 'pg_proc'::regclass, p.oid, p.pronamespace, p.proowner, format('ALTER ROUTINE %s', p.oid::regprocedure)
      FROM pg_proc p
      UNION ALL
      SELECT 'pg_type'::regclass, t.oid, t.typnamespace, t.typowner,
             format('ALTER %s %s', CASE t.typtype WHEN 'd' THEN 'DOMAIN' ELSE 'TYPE' END, t.oid::regtype)
      FROM pg_type t
      WHERE t.typtype IN ('e', 'd', 'r') OR (t.typtype = 'c' AND (SELECT relkind FROM pg_class WHERE oid = t.typrelid) = 'c')
      UNION ALL
      SELECT 'pg_ts_config'::regclass, x.oid, x.cfgnamespace, x.cfgowner, format('ALTER TEXT SEARCH CONFIGURATION %s', x.oid::regconfig)
      FROM pg_ts_config x
      UNION ALL
      SELECT 'pg_ts_dict'::regclass, x.oid, x.dictnamespace, x.dictowner, format('ALTER TEXT SEARCH DICTIONARY %s', x.oid::regdictionary)
      FROM pg_ts_dict x
      UNION ALL
      SELECT 'pg_namespace'::regclass, n.oid, n.oid, n.nspowner, format('ALTER SCHEMA %I', n.nspname)
      FROM pg_namespace n
    )
    SELECT format('%s OWNER TO %I', o.command, '${APP_ROLE}')
    FROM objects o JOIN pg_namespace n ON n.oid = o.namespace
    WHERE o.owner = '${SUPERUSER}'::regrole
      AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_%'
      AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = o.catalog AND d.objid = o.oid AND d.deptype = 'e')
  LOOP
    EXECUTE statement;
  END LOOP;
END $$`;
