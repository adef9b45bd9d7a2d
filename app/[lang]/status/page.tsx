import type { Metadata } from "next";
import { connection } from "next/server";

export const metadata: Metadata = { title: "Status", robots: { index: false } };

// A deliberately trivial dynamic page: the baseline of `npm run bench`.
export default async function StatusPage() {
  await connection();
  return (
    <div>
      <h1 className="text-2xl font-bold">Status</h1>
      <p className="mt-2">The site is up. Server time: {new Date().toISOString()}.</p>
    </div>
  );
}
