import { randomUUID } from "node:crypto";
import type { Page } from "@playwright/test";
import { expect, test } from "./support/test";
import { demoAccount } from "./support/accounts";
import { seriousViolations } from "./support/axe";
import { mailTo } from "./support/mail";
import { signedIn } from "./support/proposals";
import { shot } from "./support/screenshots";

// "Contact the people behind an entry" (issue 16): staff give an
// organisation an address, a visitor writes from the entry's page, and the
// message arrives at the mail sink with the visitor as Reply-To while the
// address appears nowhere public; a moderator switches contact off and the
// form goes. The demo gives the first demo member's organisation that
// member's address (lib/auth/demo-accounts.ts); it is put back at the end.

const member = () => demoAccount("member", 0);
const team = () => {
  const slug = member().organisation;
  if (!slug) throw new Error("the first demo member has no organisation");
  return slug;
};
const CONTACT_LINK = "Contact the people behind this entry";

/** The form's error summary (Next.js's route announcer is an alert too). */
const summary = (page: Page) => page.locator('[role="alert"]:not(#__next-route-announcer__)');

async function fitsPhone(page: Page): Promise<void> {
  await page.setViewportSize({ width: 320, height: 800 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  await page.setViewportSize({ width: 1280, height: 800 });
}

async function setContactAddress(admin: Page, address: string, done: string): Promise<void> {
  await admin.goto(`/admin/organisations/${team()}`);
  const section = admin.getByRole("region", { name: "Contact address for visitors’ messages" });
  await section.getByLabel("Contact address").fill(address);
  await section.getByRole("button", { name: "Save the address" }).click();
  await expect(section.getByRole("status")).toHaveText(done);
}

async function write(page: Page, values: { name: string; email: string; message: string }): Promise<void> {
  await page.getByLabel("Your name").fill(values.name);
  await page.getByLabel("Your email address").fill(values.email);
  await page.getByLabel("Your message").fill(values.message);
  await page.getByRole("button", { name: "Send the message" }).click();
}

test("a visitor writes from an entry's page; the message arrives with the visitor as Reply-To, and the address stays hidden", async ({ browser, page }) => {
  test.setTimeout(180_000);
  const tag = randomUUID().slice(0, 8);
  const contact = `contact-${tag}@example.org`;
  const visitor = `visitor-${tag}@example.org`;
  const admin = await signedIn(browser, demoAccount("admin"));
  try {
    // Staff set the address where the organisation is managed; a wrong one is refused and kept.
    await admin.goto(`/admin/organisations/${team()}`);
    const section = admin.getByRole("region", { name: "Contact address for visitors’ messages" });
    await expect(section.getByLabel("Contact address")).toHaveValue(member().email);
    await section.getByLabel("Contact address").fill("not an address");
    await section.getByRole("button", { name: "Save the address" }).click();
    await expect(section.getByText("Enter an email address like name@example.org.").first()).toBeVisible();
    await expect(section.getByLabel("Contact address")).toHaveValue("not an address");
    await setContactAddress(admin, contact, "The new address is saved.");
    expect(await seriousViolations(admin)).toEqual([]);
    await shot(admin, "contact-admin");

    await page.goto(`/entries/${team()}`);
    expect(await seriousViolations(page)).toEqual([]);
    await shot(page, "contact-entry");
    await page.getByRole("link", { name: CONTACT_LINK }).click();
    await expect(page).toHaveURL(new RegExp(`/entries/${team()}/contact$`));
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Write to the people behind");
    expect(await seriousViolations(page)).toEqual([]);
    await fitsPhone(page);
    await shot(page, "contact-form");

    // Refused: every problem says so at its field, and what was typed stays.
    await write(page, { name: "Ada Teacher", email: "ada@", message: "Too short" });
    await expect(summary(page)).toBeFocused();
    await expect(page.getByText("Enter an email address like name@example.org.").first()).toBeVisible();
    await expect(page.getByText("Write a message of at least 10 characters.").first()).toBeVisible();
    await expect(page.getByLabel("Your name")).toHaveValue("Ada Teacher");
    await expect(page.getByLabel("Your message")).toHaveValue("Too short");
    expect(await seriousViolations(page)).toEqual([]);
    await shot(page, "contact-refused");

    // The honeypot is out of sight and out of the tab order, and says to leave it empty.
    const trap = page.getByLabel("Leave this field empty");
    await expect(trap).toHaveAttribute("tabindex", "-1");
    await expect(trap).toHaveAttribute("autocomplete", "off");

    const words = `Our school in Skopje wants to know more (${tag}). Our plan: https://evil.example/plan`;
    await write(page, { name: "Ada Teacher", email: visitor, message: words });
    await expect(page.getByRole("status")).toContainText("Your message is on its way to");
    await shot(page, "contact-sent");

    const mail = await mailTo(contact, new RegExp(tag));
    expect(mail.headers["reply-to"]).toBe(visitor);
    expect(mail.subject).toMatch(/^Message from a visitor about “/);
    expect(mail.text).toContain(`> Our school in Skopje wants to know more (${tag}). Our plan: hxxps://evil[.]example/plan`);
    expect(mail.text).toContain(`Address they gave: ${visitor}`);

    // The address is on no public page, answer, export, feed or record.
    const addresses = [
      `/entries/${team()}`,
      `/entries/${team()}/contact`,
      `/de/entries/${team()}`,
      `/api/v1/entries/${team()}`,
      `/api/v1/export?q=${team()}&format=csv`,
      `/api/v1/export?q=${team()}&format=json`,
      `/feeds/atom?q=${team()}`,
      `/oai?verb=ListRecords&metadataPrefix=oai_dc`,
    ];
    for (const address of addresses) {
      const body = await (await page.request.get(address)).text();
      expect(body, address).not.toContain(contact);
      expect(body, address).not.toContain(member().email);
    }

    // Three messages an hour from one address: the fourth is refused, and what was typed stays.
    for (const n of [2, 3]) {
      await page.goto(`/entries/${team()}/contact`);
      await write(page, { name: "Ada Teacher", email: visitor, message: `Message number ${n} about the clubs (${tag}).` });
      await expect(page.getByRole("status")).toContainText("Your message is on its way to");
    }
    await page.goto(`/entries/${team()}/contact`);
    await write(page, { name: "Ada Teacher", email: visitor, message: `One message too many (${tag}).` });
    await expect(summary(page)).toContainText(/You have sent several messages from this address in the last hour\. Try again in \d+ minutes\./);
    await expect(page.getByLabel("Your message")).toHaveValue(`One message too many (${tag}).`);
    await expect(page.getByLabel("Your email address")).toHaveValue(visitor);
    await shot(page, "contact-limited");

    // In German, the same refusal in German.
    await page.goto(`/de/entries/${team()}/contact`);
    await page.getByLabel("Ihr Name").fill("Ada");
    await page.getByLabel("Ihre E-Mail-Adresse").fill(visitor);
    await page.getByLabel("Ihre Nachricht").fill(`Noch eine Nachricht (${tag}).`);
    await page.getByRole("button", { name: "Nachricht senden" }).click();
    await expect(summary(page)).toContainText(/Sie haben von dieser Adresse in der letzten Stunde mehrere Nachrichten gesendet\. Versuchen Sie es in \d+ Minuten erneut\./);
    expect(await seriousViolations(page)).toEqual([]);
    await fitsPhone(page);
  } finally {
    await setContactAddress(admin, member().email, "The new address is saved.");
  }
});

test("a moderator switches contact off: the link and the form go, a form already open says why", async ({ browser, page }) => {
  test.setTimeout(120_000);
  const moderator = await signedIn(browser, demoAccount("moderator"));
  const panel = () => moderator.getByRole("region", { name: "Messages from visitors" });
  // A visitor has the form open before contact goes off.
  await page.goto(`/entries/${team()}/contact`);
  try {
    await moderator.goto(`/moderation/entries/${team()}`);
    await expect(panel()).toContainText("On: visitors can write to");
    expect(await seriousViolations(moderator)).toEqual([]);
    await shot(moderator, "contact-moderation");
    await panel().getByLabel(/^Reason for switching messages off/).fill("The organisation asked for a pause.");
    await panel().getByRole("button", { name: "Switch messages off" }).click();
    await expect(moderator.getByRole("status")).toHaveText("Messages to this entry are switched off.");
    await expect(panel()).toContainText("Off: visitors cannot write about this entry.");
    await expect(moderator.getByRole("table", { name: "What happened to this entry, newest first" })).toContainText("Switched off messages to an entry");

    await write(page, { name: "Ada Teacher", email: "late@example.org", message: "A message written before contact went off." });
    await expect(summary(page)).toContainText("The people behind this entry do not take messages through the clearinghouse at the moment.");
    await expect(page.getByLabel("Your message")).toHaveValue("A message written before contact went off.");

    await page.goto(`/entries/${team()}`);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.getByRole("link", { name: CONTACT_LINK })).toHaveCount(0);
    await page.goto(`/entries/${team()}/contact`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("This entry does not take messages");
    await expect(page.getByRole("textbox")).toHaveCount(0);
    expect(await seriousViolations(page)).toEqual([]);
  } finally {
    await moderator.goto(`/moderation/entries/${team()}`);
    if ((await panel().getByRole("button", { name: "Switch messages on" }).count()) > 0) {
      await panel().getByLabel(/^Reason for switching messages on/).fill("Back on after the test.");
      await panel().getByRole("button", { name: "Switch messages on" }).click();
      await expect(moderator.getByRole("status")).toHaveText("Messages to this entry are switched on.");
    }
  }
  await page.goto(`/entries/${team()}`);
  await expect(page.getByRole("link", { name: CONTACT_LINK })).toBeVisible();
});
