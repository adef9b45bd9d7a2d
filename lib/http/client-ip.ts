import ipaddr from "ipaddr.js";
import { trustedProxies, type TrustHop } from "./trusted-proxies";

// The client's address for rate limits. Next.js does not show route handlers
// or server actions the socket, so the web server in front of it
// (scripts/support/web-server.mjs) overwrites PEER_HEADER with the socket's
// peer on every request: a client cannot set it. X-Forwarded-For is read only
// through the proxies TRUSTED_PROXIES names, from the right: the first hop
// that is not a trusted proxy is the client, so entries a client made up
// (always on the left) are never used.

/** Set by scripts/support/web-server.mjs from req.socket.remoteAddress; keep the two in step. */
export const PEER_HEADER = "x-clearinghouse-peer";

/** Without a peer (a request that did not come through our web server) every client shares this budget. */
export const UNKNOWN_CLIENT = "unknown";

/** The client address from the socket's peer and X-Forwarded-For, given which hops are trusted proxies. */
export function resolveClientIp(peer: string | null | undefined, forwardedFor: string | null | undefined, trust: TrustHop): string {
  const socketPeer = peer?.trim();
  if (!socketPeer) return UNKNOWN_CLIENT;
  // Hop 0 is the peer, then X-Forwarded-For from its right-most entry leftwards.
  const hops = [socketPeer, ...(forwardedFor ?? "").split(",").map((entry) => entry.trim()).filter(Boolean).reverse()];
  let hop = 0;
  while (hop < hops.length - 1 && trust(hops[hop] ?? "", hop)) hop += 1;
  return normalise(hops[hop] ?? "");
}

// "::ffff:192.0.2.1" (IPv4 on a dual-stack socket) counts as 192.0.2.1; anything
// that is not an address (a proxy passing junk through) counts as unknown. An
// IPv6 client counts as its /64: a provider hands every household or school a
// whole /64 at least, so one client could otherwise rotate through 2^64 budgets.
function normalise(address: string): string {
  if (!ipaddr.isValid(address)) return UNKNOWN_CLIENT;
  const parsed = ipaddr.process(address);
  if (parsed.kind() === "ipv4") return parsed.toString();
  const prefix = parsed.toNormalizedString().split(":").slice(0, 4).map((part) => part.padStart(4, "0"));
  return `${prefix.join(":")}::/64`;
}

export function clientIp(header: (name: string) => string | null | undefined): string {
  return resolveClientIp(header(PEER_HEADER), header("x-forwarded-for"), trustedProxies());
}
