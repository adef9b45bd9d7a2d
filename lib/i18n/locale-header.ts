/** The request header next-intl reads a request's language from (its HEADER_LOCALE_NAME); proxy.ts sets it for server actions. */
export const LOCALE_HEADER = "X-NEXT-INTL-LOCALE";
