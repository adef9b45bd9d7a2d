"use client";

import { ErrorPanel, type ErrorBoundaryProps } from "@/components/ui/error-panel";

export default function ErrorPage({ reset }: ErrorBoundaryProps) {
  return (
    <ErrorPanel
      message="The page could not be shown just now. Your search and filters are still in the address bar."
      home={{ href: "/", label: "Home page" }}
      reset={reset}
    />
  );
}
