"use client";

import { useTranslations } from "next-intl";
import { ErrorPanel, type ErrorBoundaryProps } from "@/components/ui/error-panel";

export default function ErrorPage({ reset }: ErrorBoundaryProps) {
  const t = useTranslations("errors.page");
  return <ErrorPanel message={t("message")} home={{ href: "/", label: t("home") }} reset={reset} />;
}
