// What the error summary lists, from a failure's field errors.

export type Problem = { key: string; text: string; href?: string };

/** How a form names an error's key, and the id of the input that shows it (none when no input does). */
export type DescribeProblem = (key: string) => { label: string; inputId?: string };

/** Every problem, named; those an input shows link to it, the others are spelt out as nowhere else says them. */
export function problemsOf(errors: Record<string, string[]>, describe: DescribeProblem): Problem[] {
  return Object.entries(errors).map(([key, messages]) => {
    const { label, inputId } = describe(key);
    const said = messages.join(" ");
    const text = label ? `${label}: ${said}` : said;
    return inputId === undefined ? { key, text } : { key, text, href: `#${inputId}` };
  });
}
