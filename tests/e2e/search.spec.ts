import { expect, test } from "./support/test";
import type { Page } from "@playwright/test";
import { seriousViolations } from "./support/axe";

/** Fails when the page scrolls sideways, naming the elements whose content is wider than they are. */
async function expectNoSidewaysScroll(page: Page, label: string) {
  const overflow = await page.evaluate(() => {
    const root = document.documentElement;
    if (root.scrollWidth <= root.clientWidth) return null;
    const wide = [...document.querySelectorAll("body *")]
      .filter((el) => el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX === "visible")
      .map((el) => `${el.tagName.toLowerCase()} "${(el.textContent ?? "").trim().slice(0, 40)}"`);
    return `${root.scrollWidth}px wide in ${root.clientWidth}px; widest: ${wide.slice(-3).join(", ")}`;
  });
  expect(overflow, label).toBeNull();
}

/** With E2E_SCREENSHOTS set, saves the page (or, for an open sheet, the screen) under .data/screens/. */
async function shot(page: Page, name: string, fullPage = true) {
  if (!process.env.E2E_SCREENSHOTS) return;
  await page.screenshot({ path: `.data/screens/${name}.png`, fullPage });
}

const LONG_URL = "https://example.org/resources/a-very-long-address-without-any-break-that-would-push-the-page-sideways-on-a-phone";


test("a visitor searches, filters, opens an entry and goes back", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("STEM education");
  await page.getByRole("searchbox", { name: "Search the catalogue" }).fill("earthqake");
  await page.getByRole("button", { name: "Search" }).click();

  await expect(page).toHaveURL(/\/search\?q=earthqake/);
  const results = page.getByRole("list", { name: "Results" });
  await expect(results.getByRole("link", { name: /QUAKESAFE/ })).toBeVisible();
  await expect(page.getByText(/Including close matches/)).toBeVisible();

  // Filtering is instant with JavaScript: ticking a box updates the URL and results.
  await page.getByRole("group", { name: "Kind" }).getByRole("checkbox", { name: /Project team/ }).check();
  await expect(page).toHaveURL(/kind=project-team/);
  await expect(page.getByRole("link", { name: /Remove filter Kind: Project team/ })).toBeVisible();

  await results.getByRole("link", { name: /QUAKESAFE/ }).click();
  await expect(page).toHaveURL(/\/entries\/quakesafe$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("QUAKESAFE");
  await expect(page.getByRole("complementary", { name: "Key facts" })).toContainText("North Macedonia");

  await page.goBack();
  await expect(page).toHaveURL(/kind=project-team/);
  await expect(page.getByRole("group", { name: "Kind" }).getByRole("checkbox", { name: /Project team/ })).toBeChecked();
});

test("removable chips and clear all", async ({ page }) => {
  await page.goto("/search?country=RO&country=BE&level=upper-secondary");
  await expect(page.getByRole("link", { name: /Remove filter/ })).toHaveCount(3);
  await page.getByRole("link", { name: "Remove filter Country: Belgium" }).click();
  await expect(page).not.toHaveURL(/country=BE/);
  await expect(page.getByRole("link", { name: /Remove filter/ })).toHaveCount(2);
  await page.getByRole("link", { name: "Clear all filters" }).click();
  await expect(page.getByRole("link", { name: /Remove filter/ })).toHaveCount(0);
  await expect(page.getByRole("heading", { name: /entries/, level: 2 }).first()).toContainText(/\d+ entries/);
});

test("typing searches as you type, and empty results offer a way out", async ({ page }) => {
  await page.goto("/search?theme=earthquake-engineering");
  await page.getByRole("searchbox", { name: "Search the catalogue" }).pressSequentially("zzqqxxv");
  await expect(page).toHaveURL(/q=zzqqxxv/);
  await expect(page.getByRole("heading", { name: "No entries found" })).toBeVisible();
  await page.getByRole("link", { name: /Without theme/ }).click();
  await expect(page).not.toHaveURL(/theme=/);
});

test("accents and synonyms: Valnalon finds Valnalón, MINT finds STEM", async ({ page }) => {
  await page.goto("/search?q=Valnalon");
  await expect(page.getByRole("list", { name: "Results" }).getByRole("link", { name: /Valnalón/ }).first()).toBeVisible();
  await page.goto("/search?q=mint");
  await expect(page.locator("mark", { hasText: /^STEM$/i }).first()).toBeVisible();
});

test("a country page lists its entries and links into search", async ({ page }) => {
  await page.goto("/countries");
  await page.getByRole("link", { name: /Romania/ }).first().click();
  await expect(page).toHaveURL(/\/countries\/ro$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("STEM education in Romania");
  await expect(page.getByRole("list", { name: "Results" }).getByRole("listitem").first()).toBeVisible();
  await page.getByRole("link", { name: "Refine these entries in search" }).click();
  await expect(page).toHaveURL(/\/search\?country=RO/);
});

test("long facets show their top values and expand on request", async ({ page }) => {
  await page.goto("/search");
  const countries = page.getByRole("group", { name: "Country" });
  const before = await countries.getByRole("checkbox").count();
  expect(before).toBe(8);
  await countries.getByRole("link", { name: /Show all \d+ country values/ }).click();
  await expect(page).toHaveURL(/expand=country/);
  await expect.poll(() => countries.getByRole("checkbox").count()).toBeGreaterThan(before);
  // Expanded facets stay expanded while filtering.
  await countries.getByRole("checkbox", { name: /Romania/ }).check();
  await expect(page).toHaveURL(/country=RO.*expand=country|expand=country.*country=RO/);
});

test.describe("the search page on a phone (issue 12)", () => {
  for (const width of [320, 390]) {
    test(`reflows at ${width} px with and without filters and with long words`, async ({ page }) => {
      await page.setViewportSize({ width, height: 800 });
      for (const address of ["/search", "/search?q=stem&country=RO&level=primary&theme=teacher-training", `/search?q=${encodeURIComponent(LONG_URL)}`]) {
        await page.goto(address);
        await expect(page.getByRole("heading", { name: /entries|entry/, level: 2 }).first()).toBeVisible();
        await expectNoSidewaysScroll(page, `${address} at ${width} px`);
      }
      // A result whose text carries a long address or word still fits its card.
      await page.goto("/search?q=stem");
      await page.getByRole("list", { name: "Results" }).locator("article p").nth(1).evaluate((p, url) => {
        p.textContent = `See ${url} and Donaudampfschifffahrtsgesellschaftskapitänswitwenrentenversicherung.`;
      }, LONG_URL);
      await expectNoSidewaysScroll(page, `a long address in a result at ${width} px`);
    });
  }

  test("on a phone's first, slow load, the facet panel is not shown and then taken away (no layout shift)", async ({ page }) => {
    await page.setViewportSize({ width: 412, height: 823 });
    // A slow phone: the page is painted well before its scripts have run.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: 6 });
    await cdp.send("Network.enable");
    await cdp.send("Network.emulateNetworkConditions", { offline: false, latency: 150, downloadThroughput: 200_000, uploadThroughput: 100_000 });
    await page.addInitScript(() => {
      const shifts: number[] = [];
      Object.assign(window, { layoutShifts: shifts });
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) {
          const shift = entry as PerformanceEntry & { value: number; hadRecentInput: boolean };
          if (!shift.hadRecentInput) shifts.push(shift.value);
        }
      }).observe({ type: "layout-shift", buffered: true });
    });
    await page.goto("/search", { waitUntil: "networkidle" });
    await expect(page.getByRole("button", { name: "Filters (0)" })).toBeVisible();
    const shifts = await page.evaluate(() => (window as unknown as { layoutShifts: number[] }).layoutShifts);
    // Google's threshold of a good cumulative layout shift is 0.1; the panel's collapse alone was 0.58.
    expect(shifts.reduce((sum, value) => sum + value, 0)).toBeLessThan(0.1);
  });

  test("a Filters (n) button opens the facets over the results, traps focus and gives it back", async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 800 });
    await page.goto("/search?q=stem&country=RO");
    const button = page.getByRole("button", { name: "Filters (1)" });
    const drawer = page.getByRole("dialog", { name: "Filter results" });
    await expect(drawer).toBeHidden();
    // The chips stay above the results.
    await expect(page.getByRole("link", { name: "Remove filter Country: Romania" })).toBeVisible();
    await button.click();
    await expect(drawer).toBeVisible();

    // Ticking a box applies it at once; the sheet stays open and counts the selection.
    await drawer.getByRole("group", { name: "Kind" }).getByRole("checkbox", { name: /Project team/ }).check();
    await expect(page).toHaveURL(/kind=project-team/);
    await expect(page.getByRole("button", { name: "Filters (2)" })).toBeAttached();
    const heading = page.getByRole("heading", { name: /entr(y|ies) for/, level: 2 });
    const count = (await heading.textContent())?.match(/^(\d+)/)?.[1] ?? "?";
    const show = drawer.getByRole("button", { name: new RegExp(`^Show ${count} results?$`) });
    await expect(show).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    await shot(page, "search-filters-open-390", false);
    await page.setViewportSize({ width: 320, height: 640 });
    await shot(page, "search-filters-open-320", false);
    await page.setViewportSize({ width: 390, height: 800 });

    // Focus stays in the sheet.
    for (let i = 0; i < 30; i++) {
      await page.keyboard.press("Tab");
      const inside = await page.evaluate(() => {
        const active = document.activeElement;
        return active === null || active === document.body || document.getElementById("filter-drawer")?.contains(active) === true;
      });
      expect(inside, `focus after ${i + 1} Tab presses`).toBe(true);
    }

    // "Clear all" clears, and the boxes show it.
    await drawer.getByRole("link", { name: "Clear all" }).click();
    await expect(page).not.toHaveURL(/kind=|country=/);
    await expect(drawer.getByRole("group", { name: "Kind" }).getByRole("checkbox", { name: /Project team/ })).not.toBeChecked();
    await expect(drawer.getByRole("group", { name: "Country" }).getByRole("checkbox", { name: /Romania/ })).not.toBeChecked();

    // Escape closes it and focus returns to the button.
    await page.keyboard.press("Escape");
    await expect(drawer).toBeHidden();
    await expect(page.getByRole("button", { name: "Filters (0)" })).toBeFocused();

    await page.getByRole("button", { name: "Filters (0)" }).click();
    await drawer.getByRole("group", { name: "Country" }).getByRole("checkbox", { name: /Romania/ }).check();
    await expect(page).toHaveURL(/country=RO/);
    await drawer.getByRole("button", { name: /^Show \d+ results?$/ }).click();
    await expect(drawer).toBeHidden();
    await expect(page.getByRole("button", { name: "Filters (1)" })).toBeFocused();
    await expect(page.getByRole("link", { name: "Remove filter Country: Romania" })).toBeVisible();
  });

  test("on a wide screen the facet panel stays beside the results", async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto("/search?country=RO");
    await expect(page.getByRole("group", { name: "Country" }).getByRole("checkbox", { name: /Romania/ })).toBeVisible();
    await expect(page.getByRole("button", { name: /^Filters/ })).toBeHidden();
    await shot(page, "search-filters-1280");
  });
});

test.describe("the order follows the words (issue 12)", () => {
  const sort = (page: Page) => page.getByLabel("Sort by");
  const box = (page: Page) => page.getByRole("searchbox", { name: "Search the catalogue" });

  test("with instant search, new words go back to best match unless an order is chosen for them", async ({ page }) => {
    await page.goto("/search");
    await expect(sort(page)).toHaveValue("newest");
    await box(page).fill("matematica");
    await expect(page).toHaveURL(/q=matematica/);
    await expect(page).not.toHaveURL(/sort=/);
    await expect(sort(page)).toHaveValue("relevance");

    await sort(page).selectOption("newest");
    await expect(page).toHaveURL(/sort=newest/);
    // A filter with the same words keeps the order chosen for them.
    await page.getByRole("group", { name: "Kind" }).getByRole("checkbox").first().check();
    await expect(page).toHaveURL(/kind=/);
    await expect(page).toHaveURL(/sort=newest/);
    await expect(sort(page)).toHaveValue("newest");

    await box(page).fill("robotics");
    await expect(page).toHaveURL(/q=robotics/);
    await expect(page).not.toHaveURL(/sort=/);
    await expect(sort(page)).toHaveValue("relevance");
  });
});

test.describe("never a dead end (issue 13) and empty results (issue 12)", () => {
  test("no entry has every word: the entries with most of them, and a note saying so", async ({ page }) => {
    // Two names no entry shares, even after the rest of the suite has published its own entries.
    await page.goto("/search?q=barleti+quakesafe");
    await expect(page.getByText("No entry has all of your words.")).toBeVisible();
    const results = page.getByRole("list", { name: "Results" });
    await expect(results.getByRole("link", { name: /QUAKESAFE/ })).toBeVisible();
    await expect(results.getByRole("link", { name: /Barleti/ }).first()).toBeVisible();
    await expect(page.getByRole("heading", { name: "No entries found" })).toHaveCount(0);
    for (const width of [320, 390, 1280]) {
      await page.setViewportSize({ width, height: 900 });
      await shot(page, `search-partial-${width}`, false);
    }
  });

  test("a country named in the words, in any language, ranks first and is offered as a filter", async ({ page }) => {
    await page.goto("/search?q=mint+deutschland");
    const offered = page.getByRole("list", { name: "Filters your words suggest" });
    await expect(offered).toContainText(/“deutschland” read as country Germany: the \d+ entries with it come first/);
    await expect(page.getByRole("list", { name: "Results" }).getByRole("listitem").first()).toContainText("Germany");
    for (const width of [320, 390, 1280]) {
      await page.setViewportSize({ width, height: 900 });
      await shot(page, `search-understood-${width}`, false);
    }
    await offered.getByRole("link", { name: "Only Germany?" }).click();
    await expect(page).toHaveURL(/country=DE/);
    await expect(page.getByRole("link", { name: "Remove filter Country: Germany" })).toBeVisible();
    await expect(page.getByRole("list", { name: "Filters your words suggest" })).toHaveCount(0);
  });

  test("a country no result is in is not promised first: its own entries are offered", async ({ page }) => {
    await page.goto("/search?q=stem+networks+in+sweden");
    const offered = page.getByRole("list", { name: "Filters your words suggest" });
    await expect(offered).toContainText("“sweden” read as country Sweden, but no entry with it has your other words.");
    await offered.getByRole("link", { name: "All entries: Sweden" }).click();
    await expect(page).toHaveURL(/\/search\?country=SE$/);
    await expect(page.getByRole("list", { name: "Results" }).getByRole("link", { name: "Teknikcollege" })).toBeVisible();
  });

  test("words in another language and script find English entries", async ({ page }) => {
    await page.goto(`/search?q=${encodeURIComponent("земјотрес")}`);
    await expect(page.getByRole("list", { name: "Results" }).getByRole("link", { name: /QUAKESAFE/ })).toBeVisible();
    await page.goto(`/search?q=${encodeURIComponent("știință primară")}`);
    await expect(page.getByRole("list", { name: "Results" }).getByRole("listitem").first()).toBeVisible();
  });

  test("search all countries when a country filter is on", async ({ page }) => {
    await page.goto("/search?q=quakesafe&country=RO&level=higher-education");
    await expect(page.getByRole("heading", { name: "No entries found" })).toBeVisible();
    await page.setViewportSize({ width: 320, height: 800 });
    await shot(page, "search-empty-320");
    await page.getByRole("link", { name: /^Search all countries \(\d+ entr(y|ies)\)$/ }).click();
    await expect(page).toHaveURL(/\/search\?q=quakesafe&level=higher-education$/);
    await expect(page.getByRole("list", { name: "Results" }).getByRole("link", { name: /QUAKESAFE/ })).toBeVisible();
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("new words go back to best match, an order chosen for them stays", async ({ page }) => {
    await page.goto("/search?sort=newest");
    const box = page.getByRole("searchbox", { name: "Search the catalogue" });
    await box.fill("matematica");
    await page.getByRole("button", { name: "Search", exact: true }).click();
    await expect(page).toHaveURL(/\/search\?q=matematica/);
    await expect(page).not.toHaveURL(/sort=|sorted=/);
    await expect(page.getByLabel("Sort by")).toHaveValue("relevance");

    await page.getByLabel("Sort by").selectOption("title");
    await page.getByRole("button", { name: "Search", exact: true }).click();
    await expect(page).toHaveURL(/sort=title/);
    await expect(page.getByLabel("Sort by")).toHaveValue("title");

    await box.fill("robotics");
    await page.getByRole("button", { name: "Search", exact: true }).click();
    await expect(page).toHaveURL(/q=robotics/);
    await expect(page).not.toHaveURL(/sort=/);
    await expect(page.getByLabel("Sort by")).toHaveValue("relevance");
  });

  test("on a phone, Filters (n) is a link to the facet panel below the results", async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 800 });
    await page.goto("/search?country=RO");
    await page.getByRole("link", { name: "Filters (1)" }).click();
    await expect(page).toHaveURL(/#filters$/);
    await expect(page.getByRole("group", { name: "Country" }).getByRole("checkbox", { name: /Romania/ })).toBeInViewport();
    await expect(page.getByRole("button", { name: "Apply filters" })).toBeVisible();
  });

  test("the search form and filters still work", async ({ page }) => {
    await page.goto("/search");
    await page.getByRole("searchbox", { name: "Search the catalogue" }).fill("gender");
    await page.getByRole("group", { name: "Kind" }).getByRole("checkbox", { name: /Project team/ }).check();
    await page.getByRole("button", { name: "Apply filters" }).click();
    await expect(page).toHaveURL(/q=gender/);
    await expect(page).toHaveURL(/kind=project-team/);
    await expect(page.getByRole("list", { name: "Results" }).getByRole("link").first()).toBeVisible();
  });
});
