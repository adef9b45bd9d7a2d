import { expect, test, type Page } from "@playwright/test";
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

test("signing up, confirming the address by mail, then signing in", async ({ page }) => {
  const email = newAddress("signup");
  const password = "a long enough password";
  await page.goto("/auth/sign-up");
  await page.getByLabel("Your name").fill("Ana Popescu");
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.locator("main")).toContainText("We have sent a link to this address");

  // Not confirmed yet: the right password explains what is missing.
  await signInWithPassword(page, email, password);
  await expect(page.locator("main").getByRole("alert")).toContainText("confirm your email address");

  const mail = await mailTo(email, /confirm/i);
  await page.goto(linkTo(mail, "/auth/verify"));
  await page.getByRole("button", { name: "Confirm my email address" }).click();
  await expect(page.locator("main")).toContainText("your email address is confirmed");

  await signInWithPassword(page, email, password);
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
});

test("choosing a new password through a mailed link", async ({ page }) => {
  const email = newAddress("reset");
  await page.goto("/auth/sign-up");
  await page.getByLabel("Your name").fill("Jan Kowalski");
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Password", { exact: true }).fill("the first password");
  await page.getByRole("button", { name: "Create account" }).click();
  await page.goto(linkTo(await mailTo(email, /confirm/i), "/auth/verify"));
  await page.getByRole("button", { name: "Confirm my email address" }).click();
  await expect(page.locator("main")).toContainText("your email address is confirmed");

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
