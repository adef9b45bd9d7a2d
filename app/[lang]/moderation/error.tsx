"use client";

import { useTranslations } from "next-intl";
import { ErrorPanel, type ErrorBoundaryProps } from "@/components/ui/error-panel";

export default function ModerationError({ reset }: ErrorBoundaryProps) {
  const t = useTranslations("moderation.error");
  return <ErrorPanel message={t("message")} home={{ href: "/moderation", label: t("home") }} reset={reset} />;
}
