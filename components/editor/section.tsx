/** One group of the editor's fields, with a visible heading that names it for screen readers too. */
export function Section({ id, title, intro, children }: { id: string; title: string; intro?: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={`${id}-heading`} className="space-y-4 rounded-lg border border-slate-200 p-4 sm:p-6">
      <div>
        <h2 id={`${id}-heading`} className="text-xl font-semibold">
          {title}
        </h2>
        {intro && <p className="mt-1 text-sm text-slate-700">{intro}</p>}
      </div>
      {children}
    </section>
  );
}
