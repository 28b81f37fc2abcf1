/**
 * Where the reader is, for navigation links: `aria-current="page"` on the link to this very page, `"true"` on a
 * link to a section this page belongs to (the Agreements link on an agreement, Japan on Japan's second page).
 */
export function ariaCurrent(here: string, href: string): 'page' | 'true' | undefined {
  if (here === href) return 'page';
  return href !== '/' && here.startsWith(href) ? 'true' : undefined;
}
