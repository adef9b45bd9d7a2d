export default function ContributionsLoading() {
  return (
    <p role="status" className="text-slate-700">
      Loading your contributions…
    </p>
  );
}
