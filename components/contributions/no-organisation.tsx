import Link from "next/link";

/** Contributing needs an active membership; say how to get one. */
export function NoOrganisation() {
  return (
    <div className="max-w-3xl rounded-lg border border-dashed border-slate-300 p-6">
      <h2 className="text-lg font-semibold">You are not a member of an organisation yet</h2>
      <p className="mt-2 text-slate-700">
        Entries are added and edited on behalf of an organisation or project team. Ask to join yours from{" "}
        <Link href="/account">your account page</Link>; once the alliance staff approve the membership you can start adding entries here.
      </p>
    </div>
  );
}
