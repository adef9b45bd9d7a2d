import { createTranslator } from "next-intl";
import en from "@/lib/i18n/messages/en.json";
import { translateErrors, translateProblem } from "@/components/forms/problem-text";

// The plain English of a zod or lib/ message, outside a page (tests, logs).
// Pages say them in their own language with useTranslatedErrors (components/forms/problem-text.ts).

const english = createTranslator({ locale: "en", messages: en, namespace: "validation" });

export function friendlyMessage(message: string): string {
  return translateProblem(message, english);
}

export function friendlyErrors(errors: Record<string, string[]>): Record<string, string[]> {
  return translateErrors(errors, english);
}
