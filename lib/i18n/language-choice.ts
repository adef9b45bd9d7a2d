/** The cookie that remembers a visitor chose a language or dismissed the suggestion (read on the server, set in the browser). */
export const LANGUAGE_CHOICE_COOKIE = "language-choice";
