import { describedBy as joinIds, errorId, fieldId } from "@/components/forms/ids";

// The editor addresses its inputs by the dotted path of the field they show
// ("reach.girlsShare", "sources.0.url"), with the form kit's ids under "f".

export { errorsAt } from "@/components/forms/ids";

/** The id of the input (or fieldset) that shows a dotted field path. */
export function inputId(path: string): string {
  return fieldId("f", path);
}

/** The aria-describedby of a path's input: the other ids given, then its error when it has one. */
export function describedBy(path: string, errors: string[] | undefined, ...others: (string | undefined)[]): string | undefined {
  return joinIds(...others, errors && errorId(inputId(path)));
}
