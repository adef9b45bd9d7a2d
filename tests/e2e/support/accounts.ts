import fs from "node:fs";
import path from "node:path";
import { expect, type Page } from "@playwright/test";
import { z } from "zod";

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
