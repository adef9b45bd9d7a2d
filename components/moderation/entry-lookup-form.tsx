import { describedBy, FieldError } from "./field-error";

export function EntryLookupForm({ defaultValue = "", error }: { defaultValue?: string; error?: string }) {
  const messages = error ? [error] : undefined;
  return (
    <form action="/moderation/entries" method="get" className="text-sm">
      <label htmlFor="lookup-slug" className="font-semibold">
        Entry address
      </label>
      <p id="lookup-slug-hint" className="text-slate-600">
        The last part of the entry’s link, such as <code>stem-alliance-romania</code>, or the whole link.
      </p>
      <div className="mt-1 flex flex-wrap gap-2">
        <input
          id="lookup-slug"
          name="slug"
          type="text"
          required
          defaultValue={defaultValue}
          autoComplete="off"
          aria-invalid={messages ? true : undefined}
          aria-describedby={describedBy("lookup", "slug", messages, "lookup-slug-hint")}
          className="w-72 max-w-full rounded-md border border-slate-400 bg-white px-3 py-1.5"
        />
        <button type="submit" className="rounded-md border border-brand-700 px-4 py-1.5 font-semibold text-brand-700 hover:bg-brand-50">
          Open history
        </button>
      </div>
      <FieldError form="lookup" field="slug" messages={messages} />
    </form>
  );
}
