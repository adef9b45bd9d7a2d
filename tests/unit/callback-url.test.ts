import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { landingPath, safeCallbackPath } from "../../lib/auth/callback-url";

// The place to go after signing in must stay on this site, however the value
// is dressed up. A browser resolving a Location strips tabs and newlines and
// reads "\" as "/", so the check below does the same before comparing origins.

const ORIGIN = "http://clearinghouse.test";
const previous = process.env.NEXTAUTH_URL;
beforeAll(() => {
  process.env.NEXTAUTH_URL = ORIGIN;
});
afterAll(() => {
  process.env.NEXTAUTH_URL = previous;
});

function asBrowserSees(location: string): URL {
  return new URL(location.replace(/[\t\n\r]/g, "").replace(/\\/g, "/"), ORIGIN);
}

const BYPASSES = [
  "/\t/127.0.0.2:9/phish",
  "/\t\t/evil.example",
  "/\n/evil.example",
  "/\r\n/evil.example",
  "/\r/evil.example",
  "\t//evil.example",
  " /\t/evil.example",
  "/ /evil.example",
  "/\u00a0/evil.example",
  "/\u200b/evil.example",
  "/\u0000/evil.example",
  "/\\evil.example",
  "/\\/evil.example",
  "\\\\evil.example",
  "//evil.example",
  "///evil.example",
  "/.//evil.example",
  "/..//evil.example",
  "/%2e%2e//evil.example",
  "/%2F/evil.example",
  "/%2f%2fevil.example",
  "/%5C/evil.example",
  "/%5c%5cevil.example",
  "/%09/evil.example",
  "/%09%09/evil.example",
  "/%0a/evil.example",
  "/%0D%0A/evil.example",
  "https://evil.example/",
  "http://clearinghouse.test@evil.example/",
  "//clearinghouse.test@evil.example/",
  "javascript:alert(1)",
  "JaVaScRiPt:alert(1)",
  "data:text/html,<script>alert(1)</script>",
  "evil.example",
  "",
  "/auth/sign-in?callbackUrl=//evil.example",
  "/auth/sign-out",
];

describe("safeCallbackPath", () => {
  it.each(BYPASSES)("refuses %j", (value) => {
    expect(safeCallbackPath(value)).toBe("/");
  });

  it.each(BYPASSES)("never leaves the site with %j, however a browser reads the answer", (value) => {
    expect(asBrowserSees(safeCallbackPath(value, "/fallback")).origin).toBe(ORIGIN);
  });

  it.each([
    ["/account", "/account"],
    ["/entries/a-project?tab=links#team", "/entries/a-project?tab=links#team"],
    ["/search?q=a%2Fb&country=ro", "/search?q=a%2Fb&country=ro"],
    ["/admin/organisations/quakesafe", "/admin/organisations/quakesafe"],
    ["/a/../account", "/account"],
    // A path that merely looks like userinfo stays a path here.
    ["/@evil.example", "/@evil.example"],
  ])("keeps %j as a path of this site", (value, expected) => {
    expect(safeCallbackPath(value)).toBe(expected);
  });

  it("refuses what is not a string, or too long", () => {
    expect(safeCallbackPath(undefined)).toBe("/");
    expect(safeCallbackPath(["/account"])).toBe("/");
    expect(safeCallbackPath(`/${"a".repeat(2000)}`)).toBe("/");
  });
});

describe("landingPath", () => {
  it("sends each role to its own work", () => {
    expect(landingPath("member")).toBe("/contributions");
    expect(landingPath("moderator")).toBe("/moderation");
    expect(landingPath("admin")).toBe("/admin");
  });

  it("is what a missing or unsafe callbackUrl falls back to", () => {
    expect(safeCallbackPath(undefined, landingPath("moderator"))).toBe("/moderation");
    expect(safeCallbackPath("//evil.example", landingPath("admin"))).toBe("/admin");
    expect(safeCallbackPath("/entries/quakesafe", landingPath("admin"))).toBe("/entries/quakesafe");
  });
});
