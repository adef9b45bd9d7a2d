import Link from "next/link";

export default function ProposalNotFound() {
  return (
    <div className="max-w-xl">
      <h1 className="text-2xl font-bold">We could not find that proposal</h1>
      <p className="mt-3 text-slate-700">
        It may have been deleted, or it belongs to an organisation you are not a member of. Drafts and proposals are only visible to their
        organisation’s members and to the moderators.
      </p>
      <p className="mt-4">
        Go to <Link href="/contributions">My contributions</Link>.
      </p>
    </div>
  );
}
