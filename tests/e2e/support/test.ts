import { test as base } from "@playwright/test";

// The suite's `test`: contexts a test opens itself (browser.newContext, for a
// second person or another language) are closed when it ends. Left open,
// they piled up in the one browser the suite shares (some forty by the end of
// a run, each with its page), and later tests that need a new renderer (a
// frame from another site) or a client navigation failed only in full runs.
export const test = base.extend<{ closeOwnContexts: void }>({
  closeOwnContexts: [
    async ({ browser, context }, use) => {
      const before = new Set(browser.contexts());
      await use();
      const opened = browser.contexts().filter((c) => c !== context && !before.has(c));
      await Promise.all(opened.map((c) => c.close().catch(() => {})));
    },
    { auto: true },
  ],
});

export { expect } from "@playwright/test";
