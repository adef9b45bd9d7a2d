import { describe, expect, it } from "vitest";
import { WEB_ADDRESS_MESSAGE, isWebAddress, webAddressSchema, withWebScheme } from "../../lib/forms/web-address";

// The one rule for stored web addresses: http and https only (issue 10, item 7).

describe("webAddressSchema", () => {
  it.each(["https://example.org", "http://example.org/a?b=c#d", "HTTPS://Example.org/path", "https://bücher.example/", "http://localhost:3000/x"])(
    "accepts %s",
    (value) => expect(isWebAddress(value)).toBe(true),
  );

  it.each([
    "javascript:alert(1)",
    "JavaScript:alert(1)",
    " javascript:alert(1)",
    "java\tscript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "vbscript:msgbox",
    "file:///etc/passwd",
    "ftp://example.org",
    "//example.org",
    "https:example.org",
    "https://",
    "https://exa mple.org",
    "https://example.org/\u0000",
    "example.org",
  ])("refuses %j with the field message", (value) => {
    const result = webAddressSchema().safeParse(value);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.message)).toContain(WEB_ADDRESS_MESSAGE);
  });

  it("trims the address it keeps", () => {
    expect(webAddressSchema().parse("  https://example.org/x  ")).toBe("https://example.org/x");
  });
});

describe("withWebScheme", () => {
  it.each([
    ["www.example.org", "https://www.example.org"],
    ["  example.org/a?b=c  ", "https://example.org/a?b=c"],
    ["bücher.example/x", "https://bücher.example/x"],
    ["www.example.org:8080/x", "https://www.example.org:8080/x"],
  ])("adds https:// to %s", (typed, kept) => {
    expect(withWebScheme(typed)).toBe(kept);
    expect(isWebAddress(withWebScheme(typed))).toBe(true);
  });

  it.each(["https://example.org", "http://example.org", "javascript:alert(1)", "data:text/html,x", "ftp://example.org", "mailto:a@example.org", "not an address", "localhost"])(
    "leaves %s as it is",
    (value) => expect(withWebScheme(value)).toBe(value),
  );

  it("never turns a refused address into an accepted one", () => {
    for (const value of ["javascript:alert(1)", "java.script:alert(1)", "data:text/html,x", "ftp://example.org"]) {
      expect(isWebAddress(withWebScheme(value))).toBe(false);
    }
  });
});
