import Link from "next/link";
import { EmptyState } from "@/components/ui/empty-state";

/** Contributing needs an active membership; say how to get one. */
export function NoOrganisation() {
  return (
    <EmptyState
      className="max-w-3xl"
      title="You are not a member of an organisation yet"
      message={
        <>
          Entries are added and edited on behalf of an organisation or project team. Ask to join yours from{" "}
          <Link href="/account">your account page</Link>; once the alliance staff approve the membership you can start adding entries here.
        </>
      }
    />
  );
}
