import type { Locale } from "./locales";
import type { Messages } from "./messages";

// Message keys and locales are checked by the compiler: t("search.titel") is a type error.
declare module "next-intl" {
  interface AppConfig {
    Locale: Locale;
    Messages: Messages;
  }
}
