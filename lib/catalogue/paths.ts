// Public URLs of the catalogue, in one place.

export const entryPath = (slug: string) => `/entries/${encodeURIComponent(slug)}`;
export const countryPath = (code: string) => `/countries/${code.toLowerCase()}`;
export const themePath = (slug: string) => `/themes/${slug}`;
export const levelPath = (slug: string) => `/levels/${slug}`;
export const kindSearchPath = (kind: string) => `/search?kind=${kind}`;
/** Where a visitor writes to the people behind an entry (lib/contact). */
export const entryContactPath = (slug: string) => `${entryPath(slug)}/contact`;
