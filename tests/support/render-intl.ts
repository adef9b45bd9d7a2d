import { NextIntlClientProvider } from "next-intl";
import { createElement, type ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import de from "../../lib/i18n/messages/de.json";
import en from "../../lib/i18n/messages/en.json";

const MESSAGES = { en, de };

/** A component's HTML as a page in that language renders it. */
export function renderInLanguage(element: ReactElement, locale: keyof typeof MESSAGES = "en"): string {
  // The provider's props type requires children, so they go in the props
  // rather than as createElement's third argument.
  // eslint-disable-next-line react/no-children-prop
  return renderToStaticMarkup(createElement(NextIntlClientProvider, { locale, messages: MESSAGES[locale], timeZone: "UTC", children: element }));
}
