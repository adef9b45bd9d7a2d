import { FieldError } from "@/components/forms/field-error";
import { describedBy, errorId, fieldId, hintId } from "@/components/forms/ids";

const ID = fieldId("lookup", "slug");

export function EntryLookupForm({ defaultValue = "", error }: { defaultValue?: string; error?: string }) {
  const messages = error ? [error] : undefined;
  return (
    <form action="/moderation/entries" method="get" className="text-sm">
      <label htmlFor={ID} className="font-semibold">
        Entry address
      </label>
      <p id={hintId(ID)} className="text-slate-600">
        The last part of the entry’s link, such as <code>stem-alliance-romania</code>, or the whole link.
      </p>
      <div className="mt-1 flex flex-wrap gap-2">
        <input
          id={ID}
          name="slug"
          type="text"
          required
          defaultValue={defaultValue}
          autoComplete="off"
          aria-invalid={messages ? true : undefined}
          aria-describedby={describedBy(hintId(ID), messages && errorId(ID))}
          className="w-72 max-w-full rounded-md border border-slate-400 bg-white px-3 py-1.5"
        />
        <button type="submit" className="rounded-md border border-brand-700 px-4 py-1.5 font-semibold text-brand-700 hover:bg-brand-50">
          Open history
        </button>
      </div>
      <FieldError inputId={ID} messages={messages} />
    </form>
  );
}
