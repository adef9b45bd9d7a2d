import { expect, test } from "./support/test";
import type { Page } from "@playwright/test";
import { signUpAndConfirm } from "./support/accounts";
import { mailTo, linkTo } from "./support/mail";

// Account flows that go through mail, against the real SMTP server that
// Playwright starts beside the site.

function newAddress(what: string): string {
  return `${what}-${Date.now()}@example.org`;
}

async function signInWithPassword(page: Page, email: string, password: string) {
  await page.goto("/auth/sign-in");
  await page.getByLabel("Email", { exact: true }).fill(email);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
}

test("signing up, confirming the address by mail and choosing the password, then signing in", async ({ page }) => {
  const email = newAddress("signup");
  const password = "a long enough password";
  await page.goto("/auth/sign-up");
  await expect(page.getByLabel("Password", { exact: true })).toHaveCount(0);
  await signUpAndConfirm(page, "Ana Popescu", email, password);
  await signInWithPassword(page, email, password);
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
});

test("choosing a new password through a mailed link", async ({ page }) => {
  const email = newAddress("reset");
  await signUpAndConfirm(page, "Jan Kowalski", email, "the first password");

  await page.goto("/auth/forgot-password");
  await page.getByLabel("Email address").fill(email);
  await page.getByRole("button", { name: "Mail me a link" }).click();
  const link = linkTo(await mailTo(email, /new password/i), "/auth/reset-password");
  await page.goto(link);
  await page.getByLabel("New password").fill("the second password");
  await page.getByLabel("The same password again").fill("the second password");
  await page.getByRole("button", { name: "Save my new password" }).click();
  await expect(page.locator("main")).toContainText("Your new password is saved");

  await signInWithPassword(page, email, "the first password");
  await expect(page.locator("main").getByRole("alert")).toContainText("not right");
  await signInWithPassword(page, email, "the second password");
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();

  // The link worked once.
  await page.goto(link);
  await page.getByLabel("New password").fill("a third password here");
  await page.getByLabel("The same password again").fill("a third password here");
  await page.getByRole("button", { name: "Save my new password" }).click();
  await expect(page.locator("main").getByRole("alert")).toBeVisible();
  await expect(page.locator("main")).not.toContainText("Your new password is saved");
});

test("signing in with a link mailed by next-auth", async ({ page }) => {
  const email = newAddress("magic");
  await page.goto("/auth/sign-in");
  const form = page.getByRole("form", { name: "Or get a sign-in link by mail" });
  await form.getByLabel("Email address").fill(email);
  await form.getByRole("button", { name: "Mail me a sign-in link" }).click();
  await expect(page).toHaveURL(/\/auth\/check-email/);

  await page.goto(linkTo(await mailTo(email, /sign/i), "/api/auth/callback/email"));
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
  await page.goto("/account");
  await expect(page.locator("main")).toContainText(email);
});

test("signing out ends the session on the server: a copied cookie opens nothing any more", async ({ page, browser, baseURL }) => {
  const email = newAddress("signout");
  await signUpAndConfirm(page, "Eva Novak", email, "a long enough password");
  await signInWithPassword(page, email, "a long enough password");
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
  const copied = (await page.context().cookies()).filter((c) => c.name.endsWith("next-auth.session-token"));
  expect(copied).toHaveLength(1);

  const elsewhere = await browser.newContext({ baseURL });
  await elsewhere.addCookies(copied);
  const thief = await elsewhere.newPage();
  await thief.goto("/account");
  await expect(thief.locator("main")).toContainText(email);
  expect((await thief.request.get("/account/data", { maxRedirects: 0 })).status()).toBe(200);

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();

  await thief.goto("/account");
  await expect(thief).toHaveURL(/\/auth\/sign-in\?callbackUrl=%2Faccount/);
  const data = await thief.request.get("/account/data", { maxRedirects: 0 });
  expect(data.status()).toBe(401);
  expect(await data.text()).not.toContain(email);
  await elsewhere.close();
});

test("a crafted callbackUrl never leads off the site, after signing in or when already signed in", async ({ page }) => {
  const email = newAddress("callback");
  await signUpAndConfirm(page, "Ion Rusu", email, "a long enough password");
  const crafted = "/auth/sign-in?callbackUrl=%2F%09%2F127.0.0.2%3A9%2Fphish";
  await page.goto(crafted);
  await page.getByLabel("Email", { exact: true }).fill(email);
  await page.getByLabel("Password", { exact: true }).fill("a long enough password");
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
  // A refused callbackUrl counts as none: a member lands on My contributions (issue 12).
  expect(new URL(page.url()).pathname).toBe("/contributions");

  // Already signed in: the plain GET redirects at once, to the same landing.
  const answer = await page.request.get(crafted, { maxRedirects: 0 });
  expect(answer.status()).toBe(307);
  expect(answer.headers().location).toBe("/contributions");
});
