import { expect, type Browser, type Page } from "@playwright/test";
import { signIn, type DemoAccount } from "./accounts";

// Steps that several journeys share: a signed-in page of its own, a new draft,
// a complete proposal sent for review.

export async function signedIn(browser: Browser, account: DemoAccount): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, account);
  return page;
}

/** Starts a draft through the form and returns the proposal's path. */
export async function startDraft(member: Page, title: string, kind = "programme"): Promise<string> {
  await member.goto("/contributions/new");
  await member.getByLabel("Kind of entry").selectOption(kind);
  await member.getByLabel(/^Title\b/).fill(title);
  await member.getByRole("button", { name: "Start the draft" }).click();
  await expect(member).toHaveURL(/\/contributions\/[0-9a-f-]{36}/);
  return new URL(member.url()).pathname;
}

/** Fills the fields a submission needs (on an open editor) and submits. */
export async function completeAndSubmit(member: Page, fields: { summary: string; description: string; country: string }): Promise<void> {
  await member.getByLabel(/^Summary\b/).fill(fields.summary);
  await member.getByRole("tabpanel").getByLabel("Description").fill(fields.description);
  await member.getByRole("group", { name: "Countries" }).getByRole("checkbox", { name: fields.country }).check();
  const source = member.getByRole("group", { name: "Source 1" }).getByLabel(/^Title\b/);
  if ((await source.inputValue()) === "") await source.fill("Project report, 2025");
  await member.getByRole("button", { name: /Submit for review|Resubmit for review/ }).click();
  await expect(member.getByRole("status")).toContainText("Sent for review");
}
