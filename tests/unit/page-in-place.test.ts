import { describe, expect, it } from "vitest";
import { pageInPlace } from "@/lib/http/page-in-place";

describe("pageInPlace", () => {
  it("finds an entry's archived page in the address's language, with its query", () => {
    expect(pageInPlace("archived", "/entries/quakesafe")).toBe("/entries/quakesafe/archived");
    expect(pageInPlace("archived", "/de/entries/quakesafe/", "?x=1")).toBe("/de/entries/quakesafe/archived?x=1");
  });

  it("has no archived page for an address that is not an entry's", () => {
    expect(pageInPlace("archived", "/search")).toBeNull();
    expect(pageInPlace("archived", "/entries/quakesafe/contact")).toBeNull();
    expect(pageInPlace("archived", "/entries")).toBeNull();
  });

  it("finds the not-found page in the address's language, saying what was not found", () => {
    expect(pageInPlace("not-found", "/no-such-page")).toBe("/page-not-found");
    expect(pageInPlace("not-found", "/mk/no/such/page", "?q=1")).toBe("/mk/page-not-found");
    expect(pageInPlace("not-found", "/fr/entries/gone")).toBe("/fr/page-not-found?for=entry");
    expect(pageInPlace("not-found", "/contributions/0b8f")).toBe("/page-not-found?for=proposal");
    expect(pageInPlace("not-found", "/entries/gone/contact")).toBe("/page-not-found");
  });

  it("reads a prefix that names no language as part of an English address", () => {
    expect(pageInPlace("not-found", "/xx/entries/gone")).toBe("/page-not-found");
  });

  it("asks for nothing it does not know", () => {
    expect(pageInPlace(null, "/entries/quakesafe")).toBeNull();
    expect(pageInPlace("admin", "/entries/quakesafe")).toBeNull();
  });
});
