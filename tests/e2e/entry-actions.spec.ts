import { expect, test } from "./support/test";
import { demoAccount, signIn, signUpAndConfirm } from "./support/accounts";
import { seriousViolations } from "./support/axe";
import { shot } from "./support/screenshots";
import { signedIn } from "./support/proposals";

// Issue 12, "entry pages people can act on" and "staff screens": visiting an
// entry's website, sharing it, printing it, the moderators' links on the
// public page, proposing changes in one step, the kinds explained where they
// are chosen, "www." addresses, landing after sign-in, and the review's links
// and rendered description.

test("an entry offers its website, a share link and linked sources", async ({ page, context, baseURL }) => {
  await page.goto("/entries/unesco");
  const visit = page.getByRole("link", { name: /^Visit website/ });
  await expect(visit).toHaveAttribute("href", "https://www.unesco.org");
  await expect(visit).toContainText("www.unesco.org");
  await expect(page.getByRole("navigation", { name: "Moderation" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Propose changes" })).toHaveCount(0);

  // Desktop Chromium has no share sheet: Share copies the page's address.
  const share = page.getByRole("link", { name: "Share" });
  await expect(share).toHaveAttribute("href", `${baseURL}/entries/unesco`);
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await share.click();
  await expect(page.getByRole("status").filter({ hasText: "Link copied" })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}/entries/unesco`);
  await expect(page).toHaveURL(/\/entries\/unesco$/);
  expect(await seriousViolations(page)).toEqual([]);
  await shot(page, "entry-signed-out");

  // Every source with an address is a link to it.
  await page.goto("/entries/quakesafe");
  await expect(page.getByRole("link", { name: /^UNESCO news: Revitalizing STEM Education in Europe/ })).toHaveAttribute(
    "href",
    "https://www.unesco.org/en/articles/revitalizing-stem-education-europe",
  );
  await expect(page.getByRole("link", { name: /^Visit website/ })).toHaveCount(0);
});

test("without JavaScript, Share is a plain link to the page", async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/entries/unesco");
  await page.getByRole("link", { name: "Share" }).click();
  await expect(page).toHaveURL(`${baseURL}/entries/unesco`);
  await context.close();
});

test("a printed entry or result list has no navigation or buttons, and prints outside addresses", async ({ page }) => {
  await page.goto("/entries/unesco");
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("banner")).toBeHidden();
  await expect(page.getByRole("contentinfo")).toBeHidden();
  await expect(page.getByRole("navigation", { name: "Breadcrumb" })).toBeHidden();
  await expect(page.getByRole("link", { name: /^Visit website/ })).toBeHidden();
  await expect(page.getByRole("link", { name: "Share" })).toBeHidden();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  const website = page.getByRole("complementary", { name: "Key facts" }).getByRole("link", { name: "www.unesco.org" });
  const after = await website.evaluate((a) => getComputedStyle(a, "::after").content);
  expect(after).toBe('" (https://www.unesco.org)"');

  await page.emulateMedia({ media: "screen" });
  await page.goto("/search?q=robotics");
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("searchbox").first()).toBeHidden();
  await expect(page.getByRole("complementary", { name: "Filters" })).toBeHidden();
  expect(await page.locator("main :is(button, input, select):visible").count()).toBe(0);
  await expect(page.locator("main .result-card").first()).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
});

test("each role lands on its own work after signing in, unless a callbackUrl says otherwise", async ({ browser }) => {
  const landings = [
    ["member", /\/contributions$/],
    ["moderator", /\/moderation$/],
    ["admin", /\/admin$/],
  ] as const;
  for (const [role, landing] of landings) {
    const page = await signedIn(browser, demoAccount(role));
    await expect(page).toHaveURL(landing);
    // Already signed in, the sign-in page sends on the same way.
    await page.goto("/auth/sign-in");
    await expect(page).toHaveURL(landing);
    await page.context().close();
  }
  const page = await (await browser.newContext()).newPage();
  await page.goto("/auth/sign-in?callbackUrl=%2Fentries%2Funesco");
  const moderator = demoAccount("moderator");
  await page.getByLabel("Email", { exact: true }).fill(moderator.email);
  await page.getByLabel("Password", { exact: true }).fill(moderator.password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page).toHaveURL(/\/entries\/unesco$/);
  await page.context().close();
});

test("moderators find History, Propose changes and Archive on the public page", async ({ page }) => {
  await signIn(page, demoAccount("moderator"));
  await page.goto("/entries/unesco");
  const staff = page.getByRole("navigation", { name: "Moderation" });
  await expect(staff.getByRole("link", { name: "History" })).toHaveAttribute("href", "/moderation/entries/unesco");
  await expect(staff.getByRole("link", { name: "Propose changes" })).toHaveAttribute("href", "/contributions/edit/unesco");
  await expect(staff.getByRole("link", { name: "Archive" })).toHaveAttribute("href", "/moderation/entries/unesco#archive");
  expect(await seriousViolations(page)).toEqual([]);
  await shot(page, "entry-moderator");
  await staff.getByRole("link", { name: "Archive" }).click();
  await expect(page.getByRole("heading", { name: "Archive this entry" })).toBeVisible();
});

test("Propose changes opens the editor at once; kinds are explained; www. addresses get https://", async ({ page }) => {
  test.setTimeout(90_000);
  await signIn(page, demoAccount("member", 1)); // the QUAKESAFE team
  await page.goto("/contributions/new");
  await expect(page.getByText("Resource:")).toBeVisible();
  await expect(page.getByText(/a teacher guide/)).toBeVisible();
  await shot(page, "new-entry-kinds");

  await page.goto("/entries/quakesafe");
  await page.getByRole("button", { name: "Propose changes" }).click();
  await expect(page).toHaveURL(/\/contributions\/[0-9a-f-]{36}$/);
  await expect(page.getByLabel("Kind of entry")).toBeVisible();
  await expect(page.getByRole("definition").filter({ hasText: "a teacher guide" })).toBeVisible();
  await page.getByLabel("Website").fill("www.example.org");
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page).toHaveURL(/done=saved/);
  await expect(page.getByLabel("Website")).toHaveValue("https://www.example.org");
  await shot(page, "editor-kinds");

  // Leave no draft behind for the other journeys that edit this entry.
  await page.getByText("Delete this draft", { exact: true }).click();
  await page.getByLabel("Yes, delete this draft").check();
  await page.getByRole("button", { name: "Delete draft" }).click();
  await expect(page).toHaveURL(/\/contributions(\?|$)/);
});

test("the review links addresses and renders the description, with its Markdown a click away", async ({ browser }) => {
  test.setTimeout(120_000);
  const member = await signedIn(browser, demoAccount("member", 1));
  await member.goto("/entries/quakesafe");
  await member.getByRole("button", { name: "Propose changes" }).click();
  await expect(member).toHaveURL(/\/contributions\/[0-9a-f-]{36}$/);
  await member.getByLabel("Website").fill("quakesafe.example.org");
  await member.getByRole("tabpanel").getByLabel("Description").fill("Clubs meet in **Skopje** schools.\n\n- shake tables\n- [report](https://example.org/report)");
  await member.getByRole("button", { name: "Submit for review" }).click();
  await expect(member.getByRole("status")).toContainText("Sent for review");

  const moderator = await signedIn(browser, demoAccount("moderator"));
  await moderator.getByRole("link", { name: /QUAKESAFE/ }).first().click();
  const changed = moderator.getByRole("table", { name: "Fields this proposal changes" });
  await expect(changed.getByRole("link", { name: "https://quakesafe.example.org" })).toHaveAttribute("href", "https://quakesafe.example.org");
  await expect(changed.locator("strong", { hasText: "Skopje" })).toBeVisible();
  await expect(changed.getByRole("link", { name: "report" })).toHaveAttribute("href", "https://example.org/report");
  const source = changed.getByText("Clubs meet in **Skopje** schools.");
  await expect(source).toBeHidden();
  await changed.getByText("Markdown source").last().click();
  await expect(source).toBeVisible();
  const unchanged = moderator.getByRole("table", { name: "Fields this proposal leaves as they are" });
  await moderator.getByText(/^Unchanged fields/).click();
  await expect(unchanged.getByRole("link", { name: "https://www.unesco.org/en/articles/revitalizing-stem-education-europe" }).first()).toHaveAttribute(
    "href",
    "https://www.unesco.org/en/articles/revitalizing-stem-education-europe",
  );
  expect(await seriousViolations(moderator)).toEqual([]);
  await shot(moderator, "review");

  await moderator.getByRole("radio", { name: "Reject" }).check();
  await moderator.getByRole("textbox", { name: "Comment for the organisation" }).fill("Test edit, not needed.");
  await moderator.getByRole("button", { name: "Send decision" }).click();
  await expect(moderator).toHaveURL(/done=rejected/);
});

test("a change of role asks for confirmation and says what the role grants", async ({ page }) => {
  const member = demoAccount("member");
  await signIn(page, demoAccount("admin"));
  await page.goto(`/admin?q=${encodeURIComponent(member.email)}`);
  const row = page.getByRole("listitem").filter({ hasText: member.email });
  const role = row.getByLabel(`Role of ${member.email}`);
  await expect(row.getByRole("checkbox", { name: /^Yes, make/ })).toHaveCount(0);
  await role.selectOption("admin");
  await expect(row).toContainText("changes anyone's role (including making more administrators)");
  await shot(page, "admin-role-confirm");

  // Not ticked: nothing changes.
  await row.getByRole("button", { name: "Change role" }).click();
  await expect(row.getByText("Tick this box to confirm the change of role.")).toBeVisible();
  await page.reload();
  await expect(role).toHaveValue("member");

  await role.selectOption("moderator");
  await row.getByLabel(`Yes, make ${member.email} a moderator`).check();
  await row.getByRole("button", { name: "Change role" }).click();
  await expect(row.getByRole("status")).toContainText("Role changed.");
  await page.reload();
  await expect(role).toHaveValue("moderator");

  // Back as it was, for the other tests.
  await role.selectOption("member");
  await row.getByLabel(`Yes, make ${member.email} a member`).check();
  await row.getByRole("button", { name: "Change role" }).click();
  await expect(row.getByRole("status")).toContainText("Role changed.");
});

test("an admin filters users by role, deactivates a user, who is signed out and refused, then reactivates them", async ({ page, browser }) => {
  const email = `deactivated-${Date.now()}@example.org`;
  const password = "a long enough password";
  const person = await browser.newPage();
  await signUpAndConfirm(person, "Dana Deactivated", email, password);
  await signIn(person, { email, password, role: "member", organisation: null });

  await signIn(page, demoAccount("admin"));
  await page.goto("/admin");
  await page.getByLabel("Role", { exact: true }).selectOption("moderator");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/role=moderator/);
  await expect(page.getByText(demoAccount("moderator").email, { exact: true })).toBeVisible();
  await expect(page.getByText(demoAccount("member").email)).toHaveCount(0);

  await page.getByLabel("Search by email").fill(email);
  await page.getByLabel("Role", { exact: true }).selectOption("member");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page.getByLabel("Role", { exact: true })).toHaveValue("member");
  const row = page.getByRole("listitem").filter({ hasText: email });
  await row.getByRole("button", { name: "Deactivate" }).click();
  await expect(row.getByText("Tick this box to confirm.")).toBeVisible();
  await row.getByLabel(/^Yes, sign .* out and stop them signing in/).check();
  await row.getByRole("button", { name: "Deactivate" }).click();
  await expect(row.getByRole("status")).toContainText("Deactivated");
  await page.reload();
  await expect(row).toContainText("deactivated");
  expect(await seriousViolations(page)).toEqual([]);
  // The "deactivated" badge wraps under a long address instead of widening the page.
  await page.setViewportSize({ width: 320, height: 900 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  await page.setViewportSize({ width: 1280, height: 720 });
  await shot(page, "admin-users-deactivated");

  // Their session is over, and signing in again is refused with the reason.
  await person.reload();
  await expect(person.getByRole("link", { name: "Sign in" })).toBeVisible();
  await person.goto("/auth/sign-in");
  await person.getByLabel("Email", { exact: true }).fill(email);
  await person.getByLabel("Password", { exact: true }).fill(password);
  await person.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(person.locator("main")).toContainText("This account has been deactivated");

  await row.getByLabel(/^Yes, let .* sign in again/).check();
  await row.getByRole("button", { name: "Reactivate" }).click();
  await expect(row.getByRole("status")).toContainText("Reactivated");
  await signIn(person, { email, password, role: "member", organisation: null });
  await person.close();
});
