import { startEmbeddedDatabase } from "../../../lib/database/embedded";

// Run as `node --import tsx start-embedded.ts <directory> <port>`: starts the
// embedded PostgreSQL, says "ready", then waits to be killed (see
// embedded-database.test.ts, which kills it as a crash would).
const [directory, port] = process.argv.slice(2);
await startEmbeddedDatabase({ directory, port: Number(port), log: () => {} });
process.stdout.write("ready\n");
setInterval(() => {}, 60_000);
