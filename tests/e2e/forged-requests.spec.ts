import { expect, test } from "./support/test";
import { demoAccount } from "./support/accounts";
import { signedIn } from "./support/proposals";

// State changes come only from this site's own pages: a form posted from
// another origin, with the member's cookie attached, changes nothing.

test("a server action posted from another site is refused and creates nothing", async ({ browser }) => {
  const member = await signedIn(browser, demoAccount("member", 1));
  await member.goto("/contributions/new");
  // Forms rendered without JavaScript carry their action's id in a hidden field.
  const actionField = await member.locator('form input[type="hidden"][name^="$ACTION_ID_"]').first().getAttribute("name");
  expect(actionField).toBeTruthy();
  const title = `Forged ${Date.now()}`;
  const response = await member.request.post("/contributions/new", {
    headers: { Origin: "https://attacker.example" },
    multipart: { [actionField ?? ""]: "", kind: "programme", title },
    maxRedirects: 0,
  });
  expect(response.status()).toBe(403);
  expect(await response.json()).toMatchObject({ error: { code: "forbidden_origin" } });
  await member.goto("/contributions");
  await expect(member.locator("main")).not.toContainText(title);
});
