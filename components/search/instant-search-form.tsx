"use client";

import { useRouter, useSearchParams } from "next/navigation";
import { useEffect, useRef, useTransition, type FormEvent } from "react";
import { applySortChoice } from "@/lib/search/sort-choice";

// Fields typed into (words, numbers, text) navigate after a short pause, not on every key.
function isTyped(target: EventTarget): boolean {
  return target instanceof HTMLInputElement && ["search", "text", "number"].includes(target.type);
}

// A plain GET form that works without JavaScript; with it, every change of a
// filter or sort navigates at once and typing searches after a short pause.
// The embed builder uses it too, so its preview and code follow the options.
export function InstantSearchForm({
  action,
  children,
  className = "group",
  labelledBy,
  tidy,
}: {
  action: string;
  children: React.ReactNode;
  className?: string;
  labelledBy?: string;
  /** The page's tidy form of the fields, so that it need not redirect (which would take the focus). */
  tidy?: (fields: URLSearchParams) => URLSearchParams;
}) {
  const router = useRouter();
  const searchParams = useSearchParams();
  const [pending, startTransition] = useTransition();
  const formRef = useRef<HTMLFormElement>(null);
  const typingTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  // Keep the text box in step when the URL changes by a link (chips, clear all),
  // unless the visitor is typing in it.
  useEffect(() => {
    const input = formRef.current?.elements.namedItem("q");
    if (input instanceof HTMLInputElement && document.activeElement !== input) input.value = searchParams.get("q") ?? "";
  }, [searchParams]);

  useEffect(() => () => clearTimeout(typingTimer.current), []);

  function navigate(replace: boolean) {
    const form = formRef.current;
    if (!form) return;
    const fields = new URLSearchParams();
    for (const [key, value] of new FormData(form)) {
      if (typeof value === "string" && value.trim() !== "" && key !== "page") fields.append(key, value);
    }
    // The same rule as the server's for the form without JavaScript: new words, best match.
    const chosen = applySortChoice(fields);
    const query = (tidy ? tidy(chosen) : chosen).toString();
    const url = query ? `${action}?${query}` : action;
    startTransition(() => (replace ? router.replace(url, { scroll: false }) : router.push(url, { scroll: false })));
  }

  function onChange(event: FormEvent<HTMLFormElement>) {
    if (isTyped(event.target)) return;
    navigate(false);
  }

  function onInput(event: FormEvent<HTMLFormElement>) {
    if (!isTyped(event.target)) return;
    clearTimeout(typingTimer.current);
    typingTimer.current = setTimeout(() => navigate(true), 300);
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    clearTimeout(typingTimer.current);
    navigate(false);
  }

  return (
    <form
      ref={formRef}
      action={action}
      method="get"
      onChange={onChange}
      onInput={onInput}
      onSubmit={onSubmit}
      aria-busy={pending}
      data-pending={pending ? "" : undefined}
      aria-labelledby={labelledBy}
      className={className}
    >
      {children}
    </form>
  );
}
