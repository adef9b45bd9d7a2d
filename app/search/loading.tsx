export default function Loading() {
  return (
    <div role="status" aria-live="polite" className="animate-pulse space-y-4">
      <p className="sr-only">Loading results…</p>
      <div className="h-8 w-64 rounded bg-slate-200" />
      <div className="h-12 rounded bg-slate-200" />
      <div className="grid gap-4 md:grid-cols-[16rem_1fr]">
        <div className="h-96 rounded bg-slate-100" />
        <div className="space-y-4">
          <div className="h-28 rounded bg-slate-100" />
          <div className="h-28 rounded bg-slate-100" />
          <div className="h-28 rounded bg-slate-100" />
        </div>
      </div>
    </div>
  );
}
