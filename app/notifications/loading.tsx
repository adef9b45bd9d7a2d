export default function NotificationsLoading() {
  return (
    <p role="status" className="text-slate-700">
      Loading your notifications…
    </p>
  );
}
