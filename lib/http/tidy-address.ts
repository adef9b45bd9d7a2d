// GET forms send every field, empty ones included, in the form's order. A page
// that has a tidy address for what it shows sends the visitor there instead,
// so addresses stay short, shareable and the same for the same content.

/** The tidy address to go to, or null when the request is already at it. */
export function tidyAddress(path: string, params: URLSearchParams, tidyQuery: string): string | null {
  const current = params.size > 0 ? `?${params.toString()}` : "";
  return current === tidyQuery ? null : `${path}${tidyQuery}`;
}
