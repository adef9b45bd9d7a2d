// Next.js calls register() once when a server instance starts. Every instance
// runs the scheduled jobs and sends the mail outbox (lib/jobs; `npm run jobs`
// does the same on its own). With an external search engine configured
// (MEILI_URL), it also delivers the search outbox in the background;
// `npm run search:worker` does the same on its own. Without one, it reads the
// catalogue's most common words for PostgreSQL's search. The import stays inside the Node.js branch so that no other
// runtime bundles the database client.

export async function register(): Promise<void> {
  // A bad setting stops the server with its message: left running, it would
  // answer 500 wherever the setting is read (Next.js fails each request after a failed register).
  if (process.env.NEXT_RUNTIME === "nodejs" && process.env.NEXT_PHASE !== "phase-production-build") {
    const { configurationProblems } = await import("./lib/settings-check");
    const problems = configurationProblems();
    if (problems.length > 0) {
      for (const problem of problems) console.error(`Configuration error: ${problem}`);
      process.exit(1);
    }
  }
  if (process.env.NEXT_RUNTIME === "nodejs" && process.env.NEXT_PHASE !== "phase-production-build") {
    // Scheduled jobs and the mail outbox (lib/jobs): every instance is a runner; each job still runs once.
    const { startJobsRunner } = await import("./lib/jobs/background");
    if (startJobsRunner()) console.log("Jobs runner started.");
  }
  if (process.env.NEXT_RUNTIME === "nodejs" && process.env.NEXT_PHASE !== "phase-production-build") {
    // When searches go to PostgreSQL: read the most common words' matches before they are asked for.
    const { startSearchWarmUp } = await import("./lib/search");
    if (startSearchWarmUp()) console.log("Search warm-up started.");
  }
  if (process.env.NEXT_RUNTIME === "nodejs" && process.env.NEXT_PHASE !== "phase-production-build" && process.env.MEILI_URL?.trim()) {
    const { startExternalSearch } = await import("./lib/search/outbox/background");
    try {
      if (startExternalSearch()) console.log("Search outbox worker started.");
    } catch (error) {
      // A bad MEILI_* setting: the site still serves from PostgreSQL, and the
      // growing outbox lag in /api/health shows that nothing is delivered.
      console.error("The search outbox worker did not start:", error instanceof Error ? error.message : error);
    }
  }
}
