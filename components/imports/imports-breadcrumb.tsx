import Link from "next/link";

/** "Moderation queue / Imports / <this import>". */
export function ImportsBreadcrumb({ current }: { current?: string }) {
  return (
    <nav aria-label="Breadcrumb" className="text-sm">
      <ol className="flex flex-wrap gap-2 text-slate-600">
        <li>
          <Link href="/moderation">Moderation queue</Link>
        </li>
        <li aria-hidden="true">/</li>
        {current ? (
          <>
            <li>
              <Link href="/moderation/imports">Imports</Link>
            </li>
            <li aria-hidden="true">/</li>
            <li aria-current="page" className="break-all">
              {current}
            </li>
          </>
        ) : (
          <li aria-current="page">Imports</li>
        )}
      </ol>
    </nav>
  );
}
