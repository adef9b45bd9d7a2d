// The ids that tie a form's inputs to their hints and errors (aria-describedby)
// and that the error summary links to. One scheme for every form:
// <form>-<field>, with the dotted path's other characters as hyphens.

export function fieldId(form: string, field: string): string {
  return `${form}-${field.replace(/\W/g, "-")}`;
}

export function errorId(inputId: string): string {
  return `${inputId}-error`;
}

export function hintId(inputId: string): string {
  return `${inputId}-hint`;
}

/** The aria-describedby of an input: the ids given, in order, leaving out what is not shown. */
export function describedBy(...ids: (string | false | null | undefined)[]): string | undefined {
  const shown = ids.filter((id): id is string => typeof id === "string" && id !== "");
  return shown.length > 0 ? shown.join(" ") : undefined;
}

/** The errors an input shows: its own and, for lists, its items' ("countries.3"); undefined when none. */
export function errorsAt(errors: Record<string, string[]>, path: string, withItems = false): string[] | undefined {
  const found = Object.entries(errors).flatMap(([key, messages]) =>
    key === path || (withItems && key.startsWith(`${path}.`) && /^\d+$/.test(key.slice(path.length + 1))) ? messages : [],
  );
  return found.length > 0 ? [...new Set(found)] : undefined;
}
