import { afterEach, describe, expect, it } from "vitest";
import { clientIp, PEER_HEADER, resolveClientIp, UNKNOWN_CLIENT } from "@/lib/http/client-ip";
import { parseTrustedProxies } from "@/lib/http/trusted-proxies";

const headers = (values: Record<string, string>) => (name: string) => values[name];

describe("clientIp without trusted proxies", () => {
  afterEach(() => {
    delete process.env.TRUSTED_PROXIES;
  });

  it("is the socket's peer, whatever X-Forwarded-For and X-Real-IP claim", () => {
    const ip = clientIp(headers({ [PEER_HEADER]: "203.0.113.7", "x-forwarded-for": "198.51.100.1", "x-real-ip": "198.51.100.2" }));
    expect(ip).toBe("203.0.113.7");
  });

  it("is unknown (one shared budget) when no peer was passed on, even with a forwarded address", () => {
    expect(clientIp(headers({ "x-forwarded-for": "198.51.100.1" }))).toBe(UNKNOWN_CLIENT);
  });

  it("counts an IPv4-mapped peer as its IPv4 address", () => {
    expect(clientIp(headers({ [PEER_HEADER]: "::ffff:192.0.2.9" }))).toBe("192.0.2.9");
  });

  it("reads TRUSTED_PROXIES from the environment", () => {
    process.env.TRUSTED_PROXIES = "loopback";
    expect(clientIp(headers({ [PEER_HEADER]: "127.0.0.1", "x-forwarded-for": "198.51.100.1" }))).toBe("198.51.100.1");
    process.env.TRUSTED_PROXIES = "";
    expect(clientIp(headers({ [PEER_HEADER]: "127.0.0.1", "x-forwarded-for": "198.51.100.1" }))).toBe("127.0.0.1");
  });
});

describe("the right-most untrusted hop", () => {
  const nginx = parseTrustedProxies("127.0.0.1, 10.0.0.0/8");

  it("takes the address a trusted proxy appended, not the one the client made up", () => {
    // The client sent "X-Forwarded-For: 1.2.3.4"; nginx on 127.0.0.1 appended the real address.
    expect(resolveClientIp("127.0.0.1", "1.2.3.4, 198.51.100.20", nginx)).toBe("198.51.100.20");
  });

  it("walks through a chain of trusted proxies", () => {
    expect(resolveClientIp("127.0.0.1", "1.2.3.4, 198.51.100.20, 10.1.2.3", nginx)).toBe("198.51.100.20");
  });

  it("ignores X-Forwarded-For from a peer that is not a trusted proxy", () => {
    expect(resolveClientIp("203.0.113.7", "198.51.100.20", nginx)).toBe("203.0.113.7");
  });

  it("takes the left-most entry when every hop is trusted", () => {
    expect(resolveClientIp("127.0.0.1", "10.0.0.5", nginx)).toBe("10.0.0.5");
  });

  it("is the peer when a trusted proxy sent no X-Forwarded-For", () => {
    expect(resolveClientIp("10.0.0.1", null, nginx)).toBe("10.0.0.1");
  });

  it("counts junk a trusted proxy passed on as unknown", () => {
    expect(resolveClientIp("127.0.0.1", "not-an-address", nginx)).toBe(UNKNOWN_CLIENT);
  });

  it("trusts a hop count whatever the proxies' addresses", () => {
    const one = parseTrustedProxies("1");
    expect(resolveClientIp("192.0.2.50", "1.2.3.4, 198.51.100.20", one)).toBe("198.51.100.20");
    const two = parseTrustedProxies("2");
    expect(resolveClientIp("192.0.2.50", "1.2.3.4, 198.51.100.20, 192.0.2.60", two)).toBe("198.51.100.20");
    const none = parseTrustedProxies("0");
    expect(resolveClientIp("192.0.2.50", "198.51.100.20", none)).toBe("192.0.2.50");
  });

  it("matches IPv6 proxies and IPv4-mapped peers", () => {
    const v6 = parseTrustedProxies("2001:db8::/32, 192.0.2.0/24");
    expect(resolveClientIp("2001:db8::1", "2001:db8:ffff::9, 198.51.100.20", v6)).toBe("198.51.100.20");
    expect(resolveClientIp("::ffff:192.0.2.1", "198.51.100.21", v6)).toBe("198.51.100.21");
  });
});

describe("an IPv6 client", () => {
  const none = parseTrustedProxies(undefined);

  it("counts as its /64, so rotating through its own block spends one budget", () => {
    const first = resolveClientIp("2001:db8:1:2::1", null, none);
    expect(first).toBe("2001:0db8:0001:0002::/64");
    expect(resolveClientIp("2001:db8:1:2:ffff:ffff:ffff:fffe", null, none)).toBe(first);
    expect(resolveClientIp("2001:DB8:1:2:0:0:0:99", null, none)).toBe(first);
  });

  it("in another /64 has a budget of its own", () => {
    expect(resolveClientIp("2001:db8:1:3::1", null, none)).not.toBe(resolveClientIp("2001:db8:1:2::1", null, none));
  });

  it("forwarded by a trusted proxy counts as its /64 too", () => {
    const proxy = parseTrustedProxies("loopback");
    expect(resolveClientIp("::1", "2001:db8:aa:bb::5", proxy)).toBe("2001:0db8:00aa:00bb::/64");
  });

  it("is unknown when it is not an address", () => {
    expect(resolveClientIp("2001:db8::g", null, none)).toBe(UNKNOWN_CLIENT);
    expect(resolveClientIp("10.0.0.1.5", null, none)).toBe(UNKNOWN_CLIENT);
  });
});

describe("TRUSTED_PROXIES", () => {
  it("refuses what it cannot read, naming the setting", () => {
    expect(() => parseTrustedProxies("10.0.0.0/99")).toThrow(/TRUSTED_PROXIES/);
    expect(() => parseTrustedProxies("proxy.example.org")).toThrow(/TRUSTED_PROXIES/);
    expect(() => parseTrustedProxies("50")).toThrow(/TRUSTED_PROXIES/);
  });

  it("trusts nobody when unset or empty", () => {
    expect(resolveClientIp("127.0.0.1", "198.51.100.20", parseTrustedProxies(undefined))).toBe("127.0.0.1");
    expect(resolveClientIp("127.0.0.1", "198.51.100.20", parseTrustedProxies(" "))).toBe("127.0.0.1");
  });
});
