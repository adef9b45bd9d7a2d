import { describe, expect, it } from "vitest";
import { safeCallbackPath } from "../../lib/auth/callback-url";
import { hashPassword, passwordSchema, verifyPassword } from "../../lib/auth/password";
import { signUpSchema } from "../../lib/auth/schema";
import { failureDelayMs } from "../../lib/auth/failure-delay";

describe("password hashing", () => {
  it("stores a salted, self-describing scrypt hash that verifies", async () => {
    const hash = await hashPassword("correct horse battery");
    expect(hash).toMatch(/^scrypt\$N=32768,r=8,p=1\$[\w-]+\$[\w-]+$/);
    expect(hash).not.toContain("correct horse");
    expect(await verifyPassword("correct horse battery", hash)).toBe(true);
    expect(await verifyPassword("correct horse batterY", hash)).toBe(false);
  });

  it("salts every hash differently", async () => {
    expect(await hashPassword("same password")).not.toBe(await hashPassword("same password"));
  });

  it("reads the cost parameters from the stored string", async () => {
    const cheaper = (await hashPassword("a password here")).replace("N=32768", "N=16384");
    expect(await verifyPassword("a password here", cheaper)).toBe(false);
  });

  it("refuses damaged or hostile hashes without trying them", async () => {
    for (const bad of ["", "plain", "scrypt$N=3,r=8,p=1$c2FsdHNhbHQ$aGFzaGhhc2hoYXNoaGFzaA", "scrypt$N=4194304,r=8,p=1$c2FsdHNhbHQ$aGFzaGhhc2hoYXNoaGFzaA"]) {
      expect(await verifyPassword("anything", bad)).toBe(false);
    }
  });

  it("asks for 10 to 200 characters", () => {
    expect(passwordSchema.safeParse("123456789").success).toBe(false);
    expect(passwordSchema.safeParse("1234567890").success).toBe(true);
    expect(passwordSchema.safeParse("x".repeat(201)).success).toBe(false);
  });
});

describe("account inputs", () => {
  it("normalise email addresses", () => {
    const parsed = signUpSchema.parse({ name: " Ada ", email: "  Ada@Example.ORG ", password: "long enough password" });
    expect(parsed).toMatchObject({ name: "Ada", email: "ada@example.org" });
  });

  it("refuse control characters in names (they end up in mails)", () => {
    expect(signUpSchema.safeParse({ name: "Ada\nBcc: x@y", email: "a@b.org", password: "long enough password" }).success).toBe(false);
  });
});

describe("sign-in helpers", () => {
  it("slow sign-in progressively as failures add up, within bounds", () => {
    expect([0, 1, 2].map(failureDelayMs)).toEqual([0, 0, 0]);
    expect(failureDelayMs(3)).toBe(250);
    expect(failureDelayMs(4)).toBe(500);
    expect(failureDelayMs(50)).toBe(8000);
  });

  it("only return to paths of this site", () => {
    expect(safeCallbackPath("/contributions?x=1")).toBe("/contributions?x=1");
    for (const bad of ["https://evil.example", "//evil.example", "/\\evil.example", "javascript:alert(1)", "/auth/sign-in", undefined]) {
      expect(safeCallbackPath(bad)).toBe("/");
    }
  });
});
