"use client";

import { useLocale, useTranslations } from "next-intl";
import { ErrorPanel, type ErrorBoundaryProps } from "@/components/ui/error-panel";
import { localisedPath } from "@/lib/i18n/locales";

export default function ContributionsError({ reset }: ErrorBoundaryProps) {
  const t = useTranslations("contributions");
  const locale = useLocale();
  return <ErrorPanel message={t("error")} home={{ href: localisedPath(locale, "/contributions"), label: t("list.title") }} reset={reset} />;
}
