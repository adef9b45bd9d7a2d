import { describe, expect, it } from "vitest";
import { WEB_ADDRESS_MESSAGE, isWebAddress, webAddressSchema } from "../../lib/forms/web-address";

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
