import type { Page } from "@playwright/test";

/**
 * Full-page screenshots at a small phone's, a phone's and a desktop's width,
 * under .data/screens/, with E2E_SCREENSHOTS set: pictures for people to look
 * at. The page is left at the default desktop size.
 */
export async function shot(page: Page, name: string) {
  if (!process.env.E2E_SCREENSHOTS) return;
  for (const width of [320, 390, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `.data/screens/${name}-${width}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 720 });
}
