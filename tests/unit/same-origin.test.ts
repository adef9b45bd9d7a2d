import { describe, expect, it } from "vitest";
import { isForeignStateChange } from "../../lib/http/same-origin";

function headers(values: Record<string, string>) {
  return (name: string) => values[name] ?? null;
}

describe("state changes from other origins", () => {
  it("are recognised on POST", () => {
    expect(isForeignStateChange("POST", headers({ origin: "https://attacker.example", host: "stem.example" }))).toBe(true);
    expect(isForeignStateChange("POST", headers({ origin: "null", host: "stem.example" }))).toBe(true);
    expect(isForeignStateChange("POST", headers({ origin: "not a url", host: "stem.example" }))).toBe(true);
  });

  it("leave the site's own posts, reads and non-browser clients alone", () => {
    expect(isForeignStateChange("POST", headers({ origin: "https://stem.example", host: "stem.example" }))).toBe(false);
    expect(isForeignStateChange("POST", headers({ origin: "http://127.0.0.1:3100", host: "127.0.0.1:3100" }))).toBe(false);
    expect(isForeignStateChange("GET", headers({ origin: "https://attacker.example", host: "stem.example" }))).toBe(false);
    expect(isForeignStateChange("POST", headers({ host: "stem.example" }))).toBe(false);
  });

  it("compare with the host the visitor used, behind a reverse proxy", () => {
    const behindProxy = headers({ origin: "https://stem.example", host: "10.0.0.5:3000", "x-forwarded-host": "stem.example" });
    expect(isForeignStateChange("POST", behindProxy)).toBe(false);
  });
});
