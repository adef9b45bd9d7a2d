// Slugs for entries created through proposals: readable, ASCII, unique.

/** Lower-case ASCII letters and digits joined by single hyphens; "" when the text has none (e.g. Arabic). */
export function asciiSlug(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80)
    .replace(/-+$/, "");
}

export function slugify(title: string): string {
  const slug = asciiSlug(title);
  return slug.length >= 2 ? slug : "entry";
}

/** The first of slug, slug-2, slug-3, … that is not taken. */
export function firstFreeSlug(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base}-${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}
