"use client";

import { ErrorPanel, type ErrorBoundaryProps } from "@/components/ui/error-panel";

export default function ModerationError({ reset }: ErrorBoundaryProps) {
  return (
    <ErrorPanel
      message="This page could not be shown just now. If you had just sent a decision, open the proposal again to see whether it was saved before deciding again."
      home={{ href: "/moderation", label: "Moderation queue" }}
      reset={reset}
    />
  );
}
