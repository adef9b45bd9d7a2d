// An entry page lists each linked entry once, however many roles link them
// (say "related" and the organisation added on approval): the most telling role
// is kept, and the list reads in title order.

export type LinkedEntry = { slug: string; title: string; kind: string; role: string };

const ROLE_RANK = ["organisation", "organiser", "funder", "funded-by", "related"];

function rank(role: string): number {
  const i = ROLE_RANK.indexOf(role);
  return i === -1 ? ROLE_RANK.length : i;
}

export function oneLinkPerEntry(links: LinkedEntry[]): LinkedEntry[] {
  const kept = new Map<string, LinkedEntry>();
  for (const link of links) {
    const earlier = kept.get(link.slug);
    if (!earlier || rank(link.role) < rank(earlier.role)) kept.set(link.slug, link);
  }
  return [...kept.values()].sort((a, b) => a.title.localeCompare(b.title));
}
