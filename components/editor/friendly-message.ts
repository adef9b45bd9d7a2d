// zod's default messages are written for developers; these say the same in plain words.
// Messages written for people in the schemas themselves pass through unchanged.

const RULES: [RegExp, (m: RegExpMatchArray) => string][] = [
  [/^Invalid input: expected string, received undefined$/, () => "This is needed before you submit."],
  [/^Invalid input: expected array, received undefined$/, () => "This is needed before you submit."],
  [/^Invalid option: expected one of/, () => "Choose one of the options in the list."],
  [/^Too small: expected string to have >=(\d+) characters?$/, (m) => `Write at least ${m[1]} characters.`],
  [/^Too big: expected string to have <=(\d+) characters?$/, (m) => `Keep it to ${m[1]} characters or fewer.`],
  [/^Too small: expected number to be >=(-?[\d.]+)$/, (m) => `Give a number of at least ${m[1]}.`],
  [/^Too big: expected number to be <=(-?[\d.]+)$/, (m) => `Give a number no higher than ${m[1]}.`],
  [/^Too big: expected array to have <=(\d+) items?$/, (m) => `Choose at most ${m[1]}.`],
  [/^Invalid input: expected int, received number$/, () => "Give a whole number."],
  [/^Invalid input: expected number, received \w+$/, () => "Give a number, in digits."],
  [/^Invalid URL$/, () => "Give a full web address, starting with https://"],
];

export function friendlyMessage(message: string): string {
  for (const [pattern, say] of RULES) {
    const match = message.match(pattern);
    if (match) return say(match);
  }
  return message;
}

export function friendlyErrors(errors: Record<string, string[]>): Record<string, string[]> {
  return Object.fromEntries(Object.entries(errors).map(([path, messages]) => [path, [...new Set(messages.map(friendlyMessage))]]));
}
