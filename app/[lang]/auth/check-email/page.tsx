import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: "Check your mail", robots: { index: false } };

export default function CheckEmailPage() {
  return (
    <div className="mx-auto max-w-md space-y-4">
      <h1 className="text-3xl font-bold">Check your mail</h1>
      <p>We have sent you a sign-in link. It works once, for 24 hours. If no mail arrives in a few minutes, look in your spam folder.</p>
      <p>
        <Link href="/auth/sign-in">Back to sign in</Link>
      </p>
    </div>
  );
}
