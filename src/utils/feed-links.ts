/** Where the feeds of new agreements live and what a feed reader calls them (src/pages/agreements.xml.ts and its per-partner twin). */
export interface Feed {
  href: string;
  title: string;
}

export const SITE_FEED: Feed = { href: '/agreements.xml', title: 'New agreements · Partnerships Atlas' };

export function partnerFeed(partner: { id: string; name: string }): Feed {
  return {
    href: `/countries/${partner.id}/agreements.xml`,
    title: `India and ${partner.name}: new agreements · Partnerships Atlas`,
  };
}
