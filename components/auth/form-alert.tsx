/** The outcome of a form: an error as an alert, a success as a status message. */
export function FormAlert({ ok, message }: { ok?: boolean; message?: string }) {
  if (!message) return null;
  return ok ? (
    <p role="status" className="rounded-md border border-green-700 bg-green-50 p-3 text-green-900">
      {message}
    </p>
  ) : (
    <p role="alert" className="rounded-md border border-red-700 bg-red-50 p-3 text-red-900">
      {message}
    </p>
  );
}
