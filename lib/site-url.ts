// The public address of the site, for links in mails. npm start and npm run
// dev set NEXTAUTH_URL to http://localhost:PORT unless it is given.
export function siteUrl(): string {
  return (process.env.NEXTAUTH_URL ?? `http://localhost:${process.env.PORT ?? 3000}`).replace(/\/+$/, "");
}

export function absoluteUrl(pathWithQuery: string): string {
  return new URL(pathWithQuery, `${siteUrl()}/`).toString();
}
