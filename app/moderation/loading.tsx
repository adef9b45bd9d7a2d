export default function ModerationLoading() {
  return (
    <div role="status" className="animate-pulse space-y-4">
      <p className="sr-only">Loading…</p>
      <div aria-hidden="true" className="h-8 w-64 rounded bg-slate-200" />
      <div aria-hidden="true" className="h-24 rounded bg-slate-100" />
      <div aria-hidden="true" className="h-64 rounded bg-slate-100" />
    </div>
  );
}
