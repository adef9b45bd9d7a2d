"use client";

import { useFormStatus } from "react-dom";

export function SubmitButton({ children, pendingLabel = "Please wait…", tone = "primary" }: { children: React.ReactNode; pendingLabel?: string; tone?: "primary" | "danger" }) {
  const { pending } = useFormStatus();
  const colours = tone === "danger" ? "bg-red-700 hover:bg-red-800" : "bg-brand-700 hover:bg-brand-800";
  return (
    <button type="submit" disabled={pending} aria-disabled={pending} className={`rounded-md px-4 py-2 font-semibold text-white disabled:opacity-70 ${colours}`}>
      {pending ? pendingLabel : children}
    </button>
  );
}
