import fs from "node:fs";
import path from "node:path";
import { expect, type Page } from "@playwright/test";
import { z } from "zod";
import { linkTo, mailTo } from "./mail";

// The demo accounts that `npm start` creates on the e2e database, and signing
// in through the real form with them.

const demoAccountsSchema = z.array(
  z.object({ email: z.string(), password: z.string(), role: z.enum(["admin", "moderator", "member"]), organisation: z.string().nullable() }),
);
export type DemoAccount = z.infer<typeof demoAccountsSchema>[number];

export function demoAccounts(): DemoAccount[] {
  const file = path.resolve(".data/e2e/demo-accounts.json");
  return demoAccountsSchema.parse(JSON.parse(fs.readFileSync(file, "utf8")));
}

export function demoAccount(role: DemoAccount["role"], index = 0): DemoAccount {
  const account = demoAccounts().filter((a) => a.role === role)[index];
  if (!account) throw new Error(`no demo ${role} #${index}`);
  return account;
}

export async function signIn(page: Page, account: DemoAccount): Promise<void> {
  await page.goto("/auth/sign-in");
  await page.getByLabel("Email", { exact: true }).fill(account.email);
  await page.getByLabel("Password", { exact: true }).fill(account.password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
}

export async function signOut(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
}

/** A new account through the real sign-up form and its confirmation mail. */
export async function signUpAndConfirm(page: Page, name: string, email: string, password: string) {
  await page.goto("/auth/sign-up");
  await page.getByLabel("Your name").fill(name);
  await page.getByLabel("Email address").fill(email);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.locator("main")).toContainText("We have sent a link to this address");

  // The password is chosen on the confirmation link's page, by whoever holds the mail.
  await page.goto(linkTo(await mailTo(email, /confirm/i), "/auth/verify"));
  await page.getByLabel("Choose a password").fill(password);
  await page.getByLabel("The same password again").fill(password);
  await page.getByRole("button", { name: "Confirm my email address" }).click();
  await expect(page.locator("main")).toContainText("your email address is confirmed");
}
