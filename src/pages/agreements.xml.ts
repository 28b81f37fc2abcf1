/** `/agreements.xml`: an RSS feed of the agreements most recently added to the site (src/utils/feed.ts). */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { feedResponse } from '../utils/feed-response.ts';
import { SITE_FEED } from '../utils/feed-links.ts';

export const GET: APIRoute = async ({ site, url }) => {
  const partners = new Map((await getCollection('partners')).map((p) => [p.id, p.data.name]));
  return feedResponse({
    title: SITE_FEED.title,
    description:
      'Agreements, memoranda, programmes and joint bodies between India and its partners in science and technology, newest on the site first.',
    page: '/agreements/',
    feedPath: url.pathname,
    site,
    records: (await getCollection('agreements')).map((a) => a.data),
    partnerNames: partners,
    sources: await getCollection('sources'),
  });
};
