import { expect, test } from "@playwright/test";
import { seriousViolations } from "./support/axe";

test("the API page documents every endpoint and passes axe", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("contentinfo").getByRole("link", { name: "Open API" }).click();
  await expect(page).toHaveURL(/\/api-docs$/);
  await expect(page.getByRole("heading", { level: 1, name: "Open API" })).toBeVisible();
  for (const path of ["/entries", "/entries/{slug}", "/search", "/vocabularies", "/export"]) {
    await expect(page.getByRole("heading", { level: 2, name: new RegExp(`^GET ${path.replace(/[{}]/g, "\\$&")} —`) })).toBeVisible();
  }
  await expect(page.getByText(/curl -i '.*\/api\/v1\/entries\/quakesafe'/)).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test("one entry answers JSON with an ETag, then 304 for the same tag", async ({ request }) => {
  const first = await request.get("/api/v1/entries/quakesafe");
  expect(first.status()).toBe(200);
  expect(first.headers()["content-type"]).toContain("application/json");
  expect(first.headers()["access-control-allow-origin"]).toBe("*");
  const etag = first.headers()["etag"];
  expect(etag).toMatch(/^"[\w-]+"$/);
  expect((await first.json()).data.slug).toBe("quakesafe");

  const again = await request.get("/api/v1/entries/quakesafe", { headers: { "If-None-Match": etag ?? "" } });
  expect(again.status()).toBe(304);
  expect(again.headers()["etag"]).toBe(etag);
  expect((await again.body()).length).toBe(0);
});

test("the OpenAPI document is served as JSON", async ({ request }) => {
  const response = await request.get("/api/v1/openapi.json");
  expect(response.status()).toBe(200);
  const document = await response.json();
  expect(document.openapi).toMatch(/^3\.1\./);
  expect(Object.keys(document.components.schemas)).toContain("Entry");
});
