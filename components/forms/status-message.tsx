/** What the last action did, when it went well: announced politely, not focused. */
export function StatusMessage({ children }: { children: React.ReactNode }) {
  return (
    <div role="status" className="rounded-md border border-emerald-700 bg-emerald-50 px-4 py-3 text-emerald-900">
      {children}
    </div>
  );
}
