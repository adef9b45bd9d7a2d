"use client";

import { ErrorPanel, type ErrorBoundaryProps } from "@/components/ui/error-panel";

export default function ContributionsError({ reset }: ErrorBoundaryProps) {
  return (
    <ErrorPanel
      message="This page could not be shown just now. Anything you saved before is safe; changes you had not saved yet may need to be made again."
      home={{ href: "/contributions", label: "My contributions" }}
      reset={reset}
    />
  );
}
