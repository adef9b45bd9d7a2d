import Link from "next/link";

/** "Moderation queue / <this page>", at the top of every moderation page but the queue. */
export function ModerationBreadcrumb({ current }: { current: string }) {
  return (
    <nav aria-label="Breadcrumb" className="text-sm">
      <ol className="flex gap-2 text-slate-600">
        <li>
          <Link href="/moderation">Moderation queue</Link>
        </li>
        <li aria-hidden="true">/</li>
        <li aria-current="page">{current}</li>
      </ol>
    </nav>
  );
}
