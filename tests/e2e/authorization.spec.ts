import { randomUUID } from "node:crypto";
import { expect, test } from "./support/test";
import type { APIRequestContext } from "@playwright/test";
import { demoAccount } from "./support/accounts";
import { signedIn, startDraft } from "./support/proposals";

// Every role × the routes that show private or privileged things, including
// organisation A's draft reached by its id from other accounts. Answers: 200
// (shown), 404 (as if it did not exist), "sign-in" (a redirect to the sign-in
// page), "organisations" (moderators sent from /admin to what they may manage).

type Role = "anonymous" | "memberA" | "memberB" | "moderator" | "admin";
type Answer = 200 | 401 | 404 | "sign-in" | "organisations";

async function answer(request: APIRequestContext, path: string): Promise<Answer | number> {
  const response = await request.get(path, { maxRedirects: 0 });
  const location = response.headers()["location"] ?? "";
  if (response.status() >= 300 && response.status() < 400) {
    if (location.includes("/auth/sign-in")) return "sign-in";
    if (location.endsWith("/admin/organisations")) return "organisations";
  }
  return response.status();
}

test("each role reaches exactly what it may", async ({ browser, playwright }) => {
  test.setTimeout(120_000);
  const pages = {
    memberA: await signedIn(browser, demoAccount("member", 1)),
    memberB: await signedIn(browser, demoAccount("member", 0)),
    moderator: await signedIn(browser, demoAccount("moderator")),
    admin: await signedIn(browser, demoAccount("admin")),
  };
  const draft = (await startDraft(pages.memberA, `Private draft ${Date.now()}`)).split("/").pop();
  const requests: Record<Role, APIRequestContext> = {
    anonymous: await playwright.request.newContext({ baseURL: test.info().project.use.baseURL }),
    memberA: pages.memberA.request,
    memberB: pages.memberB.request,
    moderator: pages.moderator.request,
    admin: pages.admin.request,
  };

  //                                    anonymous  memberA  memberB  moderator        admin
  const matrix: [string, Answer[]][] = [
    ["/contributions", ["sign-in", 200, 200, 200, 200]],
    [`/contributions/${draft}`, ["sign-in", 200, 404, 200, 200]],
    [`/contributions/${randomUUID()}`, ["sign-in", 404, 404, 404, 404]],
    ["/contributions/edit/quakesafe", ["sign-in", 200, 200, 200, 200]],
    ["/notifications", ["sign-in", 200, 200, 200, 200]],
    ["/account", ["sign-in", 200, 200, 200, 200]],
    ["/account/data", [401, 200, 200, 200, 200]],
    ["/moderation", [404, 404, 404, 200, 200]],
    [`/moderation/${draft}`, [404, 404, 404, 200, 200]],
    ["/moderation/entries/quakesafe", [404, 404, 404, 200, 200]],
    ["/moderation/audit", [404, 404, 404, 200, 200]],
    ["/moderation/needs-checking", [404, 404, 404, 200, 200]],
    ["/moderation/alliance", [404, 404, 404, 200, 200]],
    ["/alliance/applications", ["sign-in", 200, 200, 200, 200]],
    ["/admin", ["sign-in", 404, 404, "organisations", 200]],
    ["/admin/organisations", ["sign-in", 404, 404, 200, 200]],
    ["/admin/organisations/quakesafe", ["sign-in", 404, 404, 200, 200]],
  ];
  const roles: Role[] = ["anonymous", "memberA", "memberB", "moderator", "admin"];
  const seen: string[] = [];
  const expected: string[] = [];
  for (const [path, answers] of matrix) {
    for (const [i, role] of roles.entries()) {
      seen.push(`${path} as ${role}: ${await answer(requests[role], path)}`);
      expected.push(`${path} as ${role}: ${answers[i]}`);
    }
  }
  expect(seen).toEqual(expected);
});
