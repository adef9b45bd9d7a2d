import { randomUUID } from "node:crypto";
import { expect, test } from "./support/test";
import type { Browser, Page } from "@playwright/test";
import { localisedPath, type Locale } from "../../lib/i18n/locales";
import { demoAccount, type DemoAccount } from "./support/accounts";
import { readCatalogue, type Catalogue } from "./support/catalogues";
import { linkTo, mailTo } from "./support/mail";

// Issue 14's journeys on a phone, in German and in Romanian: search with a
// filter and open an entry, sign up, propose a translation of an entry that a
// moderator approves, and find it shown and searchable. Every label is read
// from the language's catalogue, so a page that fell back to English fails.

const PHONE = { width: 390, height: 844 };

/** A message of the catalogue by its dotted key, with {values} filled in (plurals not needed here). */
function say(catalogue: Catalogue, key: string, values: Record<string, string | number> = {}): string {
  const found = key.split(".").reduce<Catalogue | string | undefined>((node, part) => (typeof node === "object" ? node[part] : undefined), catalogue);
  if (typeof found !== "string") throw new Error(`no message ${key}`);
  return found.replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? `{${name}}`));
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

async function phone(browser: Browser, locale: Locale, account?: DemoAccount): Promise<Page> {
  const page = await (await browser.newContext({ viewport: PHONE, locale })).newPage();
  if (account) {
    const m = readCatalogue(locale);
    await page.goto(localisedPath(locale, "/auth/sign-in"));
    await page.getByLabel(say(m, "auth.form.email"), { exact: true }).fill(account.email);
    await page.getByLabel(say(m, "auth.form.password"), { exact: true }).fill(account.password);
    await page.getByRole("button", { name: say(m, "auth.signIn.title"), exact: true }).click();
    await expect(page.getByRole("button", { name: say(m, "site.account.signOut") })).toBeVisible();
  }
  return page;
}

const JOURNEYS = [
  { locale: "de", query: "Erdbeben", country: "MK", word: "Erdbebensicherheit", title: "Innovative MINT-Bildung und Forschung zur Erdbebensicherheit" },
  { locale: "ro", query: "cutremur", country: "MK", word: "seismică", title: "Educație STEM inovatoare și cercetare în ingineria seismică" },
] as const;

for (const journey of JOURNEYS) {
  const { locale } = journey;
  const m = readCatalogue(locale);

  test(`in ${locale} on a phone: search with a filter, open an entry`, async ({ browser }) => {
    const page = await phone(browser, locale);
    await page.goto(localisedPath(locale, "/search"));
    await expect(page.locator("html")).toHaveAttribute("lang", locale);
    await page.getByRole("searchbox", { name: say(m, "search.boxLabel") }).fill(journey.query);
    await page.getByRole("searchbox", { name: say(m, "search.boxLabel") }).press("Enter");
    await expect(page).toHaveURL(new RegExp(`^[^?]*/${locale}/search\\?.*q=${encodeURIComponent(journey.query)}`));

    // The filters open as a sheet on a phone; a country named in the page's language.
    await page.getByRole("button", { name: new RegExp(`^${escape(say(m, "search.drawer.button", { count: "X" })).replace("X", "\\d+")}$`) }).click();
    const country = new Intl.DisplayNames([locale], { type: "region" }).of(journey.country) ?? journey.country;
    await page.getByRole("dialog").getByRole("checkbox", { name: new RegExp(`^${escape(country)}`) }).check();
    await expect(page).toHaveURL(new RegExp(`country=${journey.country}`));
    await expect(page).toHaveURL(new RegExp(`/${locale}/search`));
    await page.keyboard.press("Escape");

    await page.getByRole("link", { name: /QUAKESAFE/ }).first().click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/entries/quakesafe$`));
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.getByRole("navigation", { name: say(m, "site.mainNav") }).getByRole("link", { name: say(m, "site.nav.search") })).toBeVisible();
  });

  test(`in ${locale} on a phone: sign up, with the confirmation mail in ${locale}`, async ({ browser }) => {
    const page = await phone(browser, locale);
    const email = `${locale}-${randomUUID().slice(0, 8)}@example.org`;
    await page.goto(localisedPath(locale, "/auth/sign-up"));
    await page.getByLabel(say(m, "auth.form.yourName")).fill(locale === "de" ? "Jana Müller" : "Ioana Ștefănescu");
    await page.getByLabel(say(m, "auth.form.emailAddress")).fill(email);
    await page.getByRole("button", { name: say(m, "auth.signUp.submit") }).click();
    await expect(page.locator("main")).toContainText(say(m, "auth.done.signedUp"));

    // The mail's own words, in the language of the page the account was made on.
    const mail = await mailTo(email, new RegExp(escape(say(m, "mail.verification.body").slice(0, 30))));
    await page.goto(linkTo(mail, `/${locale}/auth/verify`));
    await page.getByLabel(say(m, "auth.verify.passwordLabel")).fill("a long and private passphrase 7");
    await page.getByLabel(say(m, "auth.form.confirmPassword")).fill("a long and private passphrase 7");
    await page.getByRole("button", { name: say(m, "auth.verify.submit") }).click();
    await expect(page.locator("main")).toContainText(say(m, "auth.done.verified"));
  });

  test(`in ${locale} on a phone: a member proposes a translation, a moderator approves it, readers see and find it`, async ({ browser }) => {
    test.setTimeout(120_000);
    const member = await phone(browser, locale, demoAccount("member", 1)); // the QUAKESAFE team
    await member.goto(localisedPath(locale, "/contributions/edit/quakesafe"));
    await member.getByRole("button", { name: say(m, "contributions.edit.start") }).click();
    await expect(member).toHaveURL(new RegExp(`/${locale}/contributions/[0-9a-f-]{36}`));
    const proposal = new URL(member.url()).pathname.split("/").pop() ?? "";

    // The spare row below the translations the entry already has.
    const row = member.getByRole("group", { name: new RegExp(`^${escape(say(m, "editor.translations.row", { n: "X" })).replace("X", "\\d+")}$`) }).last();
    await row.getByLabel(say(m, "editor.translations.language")).selectOption(locale);
    await row.getByLabel(say(m, "editor.translations.title")).fill(journey.title);
    await row.getByLabel(say(m, "editor.translations.summary")).fill(`${journey.title}: ${journey.word}, ${journey.query}, QUAKESAFE.`);
    await member.getByRole("button", { name: say(m, "editor.buttons.submit") }).click();
    await expect(member.getByRole("status").first()).toContainText(say(m, "contributions.done.submitted").slice(0, 20));

    const moderator = await phone(browser, locale, demoAccount("moderator"));
    await moderator.goto(localisedPath(locale, `/moderation/${proposal}`));
    await moderator.getByRole("radio", { name: say(m, "moderation.decision.options.approve.label") }).check();
    await moderator.getByRole("button", { name: say(m, "moderation.decision.submit") }).click();
    await expect(moderator).toHaveURL(/done=approved/);

    const reader = await phone(browser, locale);
    await reader.goto(localisedPath(locale, "/entries/quakesafe"));
    await expect(reader.getByRole("heading", { level: 1 })).toHaveText(journey.title);
    // In the page's own language, so not marked as another.
    expect(await reader.getByRole("heading", { level: 1 }).getAttribute("lang")).toBeNull();
    await reader.goto(`${localisedPath(locale, "/search")}?q=${encodeURIComponent(journey.word)}`);
    await expect(reader.getByRole("link", { name: journey.title })).toBeVisible();
  });
}

// The switch named Macedonian "Mazedonisch" to a browser set to German: the
// browser's Intl lacked Macedonian, so the names now come from the server.
test("the language switch names each language in itself, keeps the query, and opens inside a 320 px screen", async ({ browser }) => {
  const page = await (await browser.newContext({ viewport: { width: 320, height: 700 }, locale: "de-DE" })).newPage();
  await page.goto("/mk/search?q=robotics&country=RO");
  const summary = page.locator("details.language-switch summary");
  await expect(summary).toContainText("македонски", { ignoreCase: true });
  await summary.click();
  const german = page.locator("details.language-switch").getByRole("link", { name: "Deutsch" });
  await expect(german).toHaveAttribute("href", "/de/search?q=robotics&country=RO");
  const box = await page.locator("details.language-switch ul").boundingBox();
  expect(box && box.x >= 0 && box.x + box.width <= 320).toBe(true);
  await german.click();
  await expect(page).toHaveURL(/\/de\/search\?q=robotics&country=RO$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "de");
});

// The header's language switch and the layout's language links were wrapped in
// Suspense boundaries. On a page that waits for its data, React sent the switch
// after the page, hidden, and a script moved it into place: with JavaScript off
// it never appeared, and the hreflang links could come late. They are now part
// of the page as sent.
test("the language switch and the hreflang links are in the page as sent, also with JavaScript off", async ({ browser, request }) => {
  const pages = ["/entries/quakesafe", "/search?q=robotics", "/statistics", "/"];
  for (const path of pages) {
    const html = await (await request.get(path)).text();
    const header = html.slice(html.indexOf("<header"), html.indexOf("</header>"));
    expect(header, path).toContain('class="language-switch');
    expect(html, path).not.toMatch(/<div hidden id="S:\d+">/);
    const head = html.slice(0, html.indexOf("</head>"));
    expect(head, path).toContain('hrefLang="x-default"');
  }
  const reader = await (await browser.newContext({ javaScriptEnabled: false, locale: "de-DE" })).newPage();
  await reader.goto("/entries/quakesafe");
  await expect(reader.locator("details.language-switch summary")).toBeVisible();
  await reader.locator("details.language-switch summary").click();
  await expect(reader.locator("details.language-switch").getByRole("link", { name: "Deutsch" })).toHaveAttribute("href", "/de/entries/quakesafe");
});
