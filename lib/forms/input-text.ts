// The one way text enters from a request: form fields, query parameters
// (lib/http/search-params) and imported cells all pass through here. PostgreSQL refuses NUL in text and
// JSON (error 22021, a 500), and no one types one on purpose, so it goes.

const NUL = /\u0000/g;

export function withoutNul(value: string): string {
  return value.replace(NUL, "");
}

/** A text field of a submitted form; files and missing fields are undefined. */
export function formText(form: FormData, name: string): string | undefined {
  const value = form.get(name);
  return typeof value === "string" ? withoutNul(value) : undefined;
}

/** Every text value of a field given several times (checkboxes, multiple selects). */
export function formTexts(form: FormData, name: string): string[] {
  return form.getAll(name).flatMap((value) => (typeof value === "string" ? [withoutNul(value)] : []));
}

/** Every text field of a form, in order. */
export function formTextEntries(form: FormData): [string, string][] {
  return [...form.entries()].flatMap(([key, value]) => (typeof value === "string" ? [[key, withoutNul(value)]] : []));
}

/** Every string in a parsed JSON value, without NUL (imported files). */
export function withoutNulDeep(value: unknown): unknown {
  if (typeof value === "string") return withoutNul(value);
  if (Array.isArray(value)) return value.map(withoutNulDeep);
  if (value !== null && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [withoutNul(k), withoutNulDeep(v)]));
  return value;
}

const utf8 = new TextEncoder();

/** How many bytes a submitted form holds: its names and text values in UTF-8, and its files. */
export function formSize(form: FormData): number {
  let bytes = 0;
  for (const [key, value] of form.entries()) bytes += utf8.encode(key).length + (typeof value === "string" ? utf8.encode(value).length : value.size);
  return bytes;
}
