/**
 * Another save got there first (a "conflict" failure): say so plainly, and
 * offer the page again. A full reload, not a client navigation, so the page
 * shows the record as it is now, not as it was.
 */
export function ConflictNotice({ title, message, advice, reloadHref, reloadLabel }: { title: string; message: string; advice?: string; reloadHref: string; reloadLabel: string }) {
  return (
    <div role="alert" className="rounded-md border-2 border-red-800 bg-red-50 p-4 text-red-900">
      <h2 className="text-lg font-semibold">{title}</h2>
      <p className="mt-1">{message}</p>
      {advice && <p className="mt-1 text-sm">{advice}</p>}
      <p className="mt-2">
        <a href={reloadHref} className="font-semibold text-red-900">
          {reloadLabel}
        </a>
      </p>
    </div>
  );
}
