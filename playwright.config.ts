import { defineConfig, devices } from "@playwright/test";

// End-to-end tests run against the production build served by `npm start`,
// on a fresh embedded database, in Debian's Chromium.
const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://127.0.0.1:${port}`;
const smtpPort = Number(process.env.E2E_SMTP_PORT ?? 2526);

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: [["list"]],
  use: {
    baseURL,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"] } }],
  webServer: [
    {
      // A real SMTP server for the site's mail; tests read what it received.
      command: "node_modules/.bin/tsx tests/e2e/support/mail-sink.ts",
      port: smtpPort,
      reuseExistingServer: !process.env.CI,
      env: { E2E_SMTP_PORT: String(smtpPort) },
    },
    {
      command: "rm -rf .data/e2e && npm start",
      url: `${baseURL}/api/health`,
      timeout: 600_000,
      reuseExistingServer: !process.env.CI,
      stdout: "pipe",
      gracefulShutdown: { signal: "SIGTERM", timeout: 10_000 },
      // NEXTAUTH_URL matches the address the browser uses, so sign-in redirects keep its cookies.
      env: {
        PORT: String(port),
        DATA_DIR: ".data/e2e",
        EMBEDDED_PG_PORT: process.env.E2E_PG_PORT ?? "54359",
        DATABASE_URL: "",
        NEXTAUTH_URL: baseURL,
        SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
      },
    },
  ],
});
