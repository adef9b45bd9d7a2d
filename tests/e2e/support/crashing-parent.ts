import { runWebServer } from "../../../scripts/support/next-process";

// Stands in for `npm start`: starts our web server on a free port as `npm start`
// does, names the server's pid, then waits to be killed outright.
const server = runWebServer("start", 0);
console.log(`web server pid ${server.pid}`);
setInterval(() => {}, 60_000);
