/**
 * The one way a feed is written: entries chosen and ordered by src/utils/feed.ts,
 * XML by `@astrojs/rss` (which escapes every value), so the site-wide and the
 * per-partner feeds cannot differ in form.
 */
import { getRssString } from '@astrojs/rss';
import type { Agreement } from '../schemas/agreement.ts';
import type { SourcePage } from '../schemas/source.ts';
import { channelData, feedEntries, feedItem, type FeedSource } from './feed.ts';

export interface FeedOptions {
  title: string;
  description: string;
  /** The page the feed follows (its channel link), e.g. `/countries/japan/`. */
  page: string;
  /** The feed's own path, for its `rel="self"` link. */
  feedPath: string;
  site: URL | undefined;
  records: readonly Agreement[];
  partnerNames: ReadonlyMap<string, string>;
  sources: readonly { id: string; data: SourcePage }[];
}

export async function feedResponse(o: FeedOptions): Promise<Response> {
  if (!o.site) throw new Error('feeds need absolute links: set `site` in astro.config.mjs (SITE_URL)');
  const site = o.site;
  const sources = new Map<string, FeedSource>(o.sources.map((s) => [s.id, s.data]));
  const entries = feedEntries(o.records, sources);
  const xml = await getRssString({
    title: o.title,
    description: o.description,
    site: new URL(o.page, site).href,
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: channelData(new URL(o.feedPath, site), entries),
    items: entries.map((e) =>
      feedItem(e, o.partnerNames.get(e.record.partner) ?? e.record.partner, sources, site),
    ),
  });
  return new Response(xml, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
}
