/** `/countries/<id>/agreements.xml`: the feed of new agreements with one partner (src/utils/feed.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import type { Partner } from '../../../schemas/source.ts';
import { feedResponse } from '../../../utils/feed-response.ts';
import { partnerFeed } from '../../../utils/feed-links.ts';

export const getStaticPaths = (async () =>
  (await getCollection('partners')).map((p) => ({
    params: { partner: p.id },
    props: { partner: p.data },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ partner: Partner }> = async ({ props: { partner }, site, url }) =>
  feedResponse({
    title: partnerFeed(partner).title,
    description: `Agreements, memoranda, programmes and joint bodies between India and ${partner.name} in science and technology, newest on the site first.`,
    page: `/countries/${partner.id}/`,
    feedPath: url.pathname,
    site,
    records: (await getCollection('agreements', (a) => a.data.partner === partner.id)).map((a) => a.data),
    partnerNames: new Map([[partner.id, partner.name]]),
    sources: await getCollection('sources'),
  });
