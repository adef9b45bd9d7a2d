// The public pages that the accessibility and reflow tests both visit.
export const PUBLIC_PAGES = [
  "/",
  "/search",
  "/search?q=girls&country=RO",
  "/search?q=zzqqxxv&kind=programme",
  "/entries/quakesafe",
  "/countries",
  "/countries/ro",
  "/themes",
  "/themes/gender-equality",
  "/levels",
  "/levels/primary",
  "/statistics",
  "/about",
  "/about/evidence",
  "/alliance",
  // No member in Iceland: the directory's empty state.
  "/alliance?country=IS&type=company",
  "/no-such-page",
  "/auth/sign-in",
  "/auth/sign-up",
  "/auth/forgot-password",
];
