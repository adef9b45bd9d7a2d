import proxyAddr from "proxy-addr";

// TRUSTED_PROXIES names the proxies whose X-Forwarded-For we believe: either a
// hop count ("1": one proxy in front, whatever its address) or a comma-separated
// list of addresses, CIDR ranges and proxy-addr's names ("loopback",
// "linklocal", "uniquelocal"). Unset or empty: no proxy is trusted and the
// client is whoever is on the other end of the socket.

/** Whether the i-th hop (0 = the socket's peer, then X-Forwarded-For from the right) is a trusted proxy. */
export type TrustHop = (address: string, hop: number) => boolean;

const TRUST_NONE: TrustHop = () => false;
const MAX_HOPS = 10;

/** Parses TRUSTED_PROXIES; a value it cannot read throws with a message naming the setting. */
export function parseTrustedProxies(value: string | undefined): TrustHop {
  const text = value?.trim() ?? "";
  if (!text) return TRUST_NONE;
  if (/^\d+$/.test(text)) {
    const hops = Number(text);
    if (hops > MAX_HOPS) throw new Error(`TRUSTED_PROXIES: a hop count is at most ${MAX_HOPS}, got ${text}.`);
    return (_address, hop) => hop < hops;
  }
  const entries = text.split(",").map((entry) => entry.trim()).filter(Boolean);
  try {
    return proxyAddr.compile(entries);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`TRUSTED_PROXIES must be a hop count or addresses/CIDR ranges separated by commas (${reason}).`);
  }
}

let cached: { value: string | undefined; trust: TrustHop } | undefined;

/** The trust of TRUSTED_PROXIES as set now (parsed once per value). */
export function trustedProxies(): TrustHop {
  const value = process.env.TRUSTED_PROXIES;
  if (!cached || cached.value !== value) cached = { value, trust: parseTrustedProxies(value) };
  return cached.trust;
}
