"use client";

import { useLocale, useTranslations } from "next-intl";
import { useEffect, useId, useRef, useState, type KeyboardEvent } from "react";
import { vocabularyLabel } from "@/lib/thesaurus/vocabulary-labels";
import { describedBy, errorsAt, inputId } from "./field-ids";
import { useEditorMessages } from "./editor-context";
import { FieldError, ModeratorNote, noteId } from "./field-messages";
import { INPUT_CLASS } from "@/components/forms/text-field";
import { TextField } from "./text-field";
import { useHydrated } from "@/components/ui/use-hydrated";

// Choosing a related entry by its title: a combobox (ARIA 1.2, list
// autocomplete) over the published entries. Without JavaScript it is the plain
// address field, which the server checks the same way.

type Found = { slug: string; title: string; kind: string };
type Chosen = { slug: string; title: string | null; kind: string | null };

const ENDPOINT = "/contributions/linkable-entries";
const MIN_LETTERS = 2;

async function ask(params: Record<string, string>, signal: AbortSignal): Promise<Found[]> {
  const response = await fetch(`${ENDPOINT}?${new URLSearchParams(params)}`, { signal, headers: { Accept: "application/json" } });
  if (!response.ok) throw new Error(`${response.status}`);
  const body: unknown = await response.json();
  if (typeof body !== "object" || body === null || !("entries" in body) || !Array.isArray(body.entries)) return [];
  return body.entries.flatMap((e: unknown) =>
    typeof e === "object" && e !== null && "slug" in e && "title" in e && "kind" in e && typeof e.slug === "string" && typeof e.title === "string" && typeof e.kind === "string"
      ? [{ slug: e.slug, title: e.title, kind: e.kind }]
      : [],
  );
}

type Props = { path: string; label: string; defaultSlug?: string; /** The row's role select, set to "related" when a choice leaves it empty. */ rolePath: string };

export function EntryPicker(props: Props) {
  const hydrated = useHydrated();
  const t = useTranslations("editor.picker");
  if (!hydrated) {
    return (
      <TextField
        path={props.path}
        label={props.label}
        hint={t("slugHint")}
        defaultValue={props.defaultSlug}
        maxLength={120}
        markOptional={false}
      />
    );
  }
  return <EntryCombobox {...props} />;
}

function EntryCombobox({ path, label, defaultSlug, rolePath }: Props) {
  const { errors, notes } = useEditorMessages();
  const t = useTranslations("editor.picker");
  const locale = useLocale();
  const kindLabel = (kind: string) => vocabularyLabel("kind", kind, locale);
  const [query, setQuery] = useState("");
  // Words typed but not chosen reach the schema as an address it refuses; say what to do instead.
  const found = errorsAt(errors, path);
  const messages = found && query.trim() !== "" ? [t("chooseFromList")] : found;
  const note = notes[path];
  const id = inputId(path);
  const listId = `${useId()}-list`;
  const hintId = `${id}-hint`;
  const statusId = `${id}-status`;
  const input = useRef<HTMLInputElement>(null);
  const change = useRef<HTMLButtonElement>(null);
  const [chosen, setChosen] = useState<Chosen | null>(defaultSlug ? { slug: defaultSlug, title: null, kind: null } : null);
  const [options, setOptions] = useState<Found[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [status, setStatus] = useState("");

  // A link chosen earlier arrives as an address: name it by its title.
  const unnamed = chosen && chosen.title === null ? chosen.slug : null;
  useEffect(() => {
    if (!unnamed) return;
    const abort = new AbortController();
    ask({ slug: unnamed }, abort.signal)
      .then(([found]) => found && setChosen({ slug: found.slug, title: found.title, kind: found.kind }))
      .catch(() => undefined);
    return () => abort.abort();
  }, [unnamed]);

  useEffect(() => {
    const q = query.trim();
    if (chosen || q.length < MIN_LETTERS) return;
    const abort = new AbortController();
    const timer = setTimeout(() => {
      setStatus(t("searching"));
      ask({ q }, abort.signal)
        .then((found) => {
          setOptions(found);
          setActive(-1);
          setOpen(found.length > 0);
          setStatus(found.length === 0 ? t("noMatch", { query: q }) : t("found", { count: found.length }));
        })
        .catch((e: unknown) => {
          if (!abort.signal.aborted) setStatus(t("failed", { reason: e instanceof Error ? e.message : "error" }));
        });
    }, 250);
    return () => {
      clearTimeout(timer);
      abort.abort();
    };
  }, [query, chosen, t]);

  const choose = (entry: Found) => {
    setChosen(entry);
    setQuery("");
    setOpen(false);
    setStatus(t("chosen", { title: entry.title }));
    const role = document.getElementById(inputId(rolePath));
    if (role instanceof HTMLSelectElement && role.value === "") role.value = "related";
    requestAnimationFrame(() => change.current?.focus());
  };

  const type = (value: string) => {
    setQuery(value);
    const letters = value.trim().length;
    if (letters < MIN_LETTERS) {
      setOptions([]);
      setOpen(false);
      setStatus(letters > 0 ? t("typeMore", { count: MIN_LETTERS }) : "");
    }
  };

  const reopen = () => {
    setQuery(chosen?.title ?? "");
    setChosen(null);
    setStatus("");
    requestAnimationFrame(() => input.current?.focus());
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      if (options.length === 0) return;
      event.preventDefault();
      setOpen(true);
      const step = event.key === "ArrowDown" ? 1 : -1;
      setActive((a) => (a + step + options.length) % options.length);
    } else if (event.key === "Enter") {
      // Enter chooses; it must not submit the whole editor by accident.
      if (open || options.length > 0) event.preventDefault();
      const entry = options[active] ?? (options.length === 1 ? options[0] : undefined);
      if (entry) choose(entry);
    } else if (event.key === "Escape") {
      if (open) {
        event.preventDefault();
        setOpen(false);
      } else type("");
    }
  };

  const optionId = (i: number) => `${listId}-${i}`;

  if (chosen) {
    return (
      <div>
        <p className="font-semibold">{label}</p>
        <ModeratorNote path={path} note={note} />
        <input type="hidden" name={path} value={chosen.slug} />
        <div className="mt-1 flex flex-wrap items-center justify-between gap-2 rounded-md border border-slate-400 bg-white px-3 py-2">
          <span className="min-w-0 break-words">
            <span className="font-semibold">{chosen.title ?? chosen.slug}</span>{" "}
            <span className="text-sm text-slate-600">
              {chosen.kind ? `(${kindLabel(chosen.kind)}) ` : ""}/entries/{chosen.slug}
            </span>
          </span>
          <button
            ref={change}
            id={id}
            type="button"
            onClick={reopen}
            aria-describedby={describedBy(path, messages, note ? noteId(path) : undefined)}
            className="min-h-11 rounded-md border border-brand-700 px-3 text-sm font-semibold text-brand-700 hover:bg-brand-50"
          >
            {t("change")}<span className="sr-only"> {chosen.title ?? chosen.slug}</span>
          </button>
        </div>
        <FieldError path={path} messages={messages} />
        <p aria-live="polite" className="sr-only">
          {status}
        </p>
      </div>
    );
  }

  return (
    <div className="relative">
      <label htmlFor={id} className="font-semibold">
        {label}
      </label>
      <p id={hintId} className="text-sm text-slate-600">
        {t("typeHint")}
      </p>
      <ModeratorNote path={path} note={note} />
      <input
        ref={input}
        id={id}
        name={path}
        type="text"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={listId}
        aria-activedescendant={open && active >= 0 ? optionId(active) : undefined}
        aria-invalid={messages ? true : undefined}
        aria-describedby={describedBy(path, messages, hintId, statusId, note ? noteId(path) : undefined)}
        autoComplete="off"
        maxLength={120}
        value={query}
        onChange={(e) => type(e.target.value)}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
        onFocus={() => setOpen(options.length > 0)}
        className={INPUT_CLASS}
      />
      <ul
        id={listId}
        role="listbox"
        aria-label={t("listLabel", { query: query.trim() })}
        hidden={!open}
        className="mt-1 max-h-72 overflow-y-auto rounded-md border border-slate-400 bg-white shadow-md"
      >
        {options.map((o, i) => (
          <li
            key={o.slug}
            id={optionId(i)}
            role="option"
            aria-selected={i === active}
            // Keep focus in the input, so the click does not close the list first.
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => choose(o)}
            className={`cursor-pointer border-b border-slate-200 px-3 py-2.5 last:border-b-0 ${i === active ? "bg-brand-700 text-white" : "hover:bg-brand-50"}`}
          >
            <span className="font-semibold">{o.title}</span>{" "}
            <span className={`text-sm ${i === active ? "text-white" : "text-slate-600"}`}>({kindLabel(o.kind)})</span>
          </li>
        ))}
      </ul>
      {/* A live region, not role="status": the editor's one status is its save message. */}
      <p id={statusId} aria-live="polite" className="mt-1 text-sm text-slate-700">
        {status}
      </p>
      <FieldError path={path} messages={messages} />
    </div>
  );
}
