/**
 * The feeds of new agreements (`/agreements.xml`, `/countries/<id>/agreements.xml`):
 * which records, in which order, dated by the day they first appeared on this
 * site, and what each entry says. Pure; `@astrojs/rss` writes the XML.
 *
 * When a record appeared: the earliest `added:` date among the sources that
 * state it (the day each document was added to the site). A source without
 * `added:` counts from its `published` date instead; a record none of whose
 * sources gives either date has no day to be announced on and stays out of the
 * feeds (it is on the site all the same). The ingest warns about such sources.
 */
import type { RSSFeedItem } from '@astrojs/rss';
import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import type { Agreement } from '../schemas/agreement.ts';
import { agreementPath, sourceParagraphPath, typeLabel } from './agreements.ts';
import { compareIsoDates, formatIsoDate } from './dates.ts';

/** Entries per feed: readers poll a feed, so it stays the same size however large the site grows. */
export const FEED_LENGTH = 50;

/** What a feed needs to know about a source document. */
export interface FeedSource {
  title: string;
  added?: string | undefined;
  published?: string | undefined;
}

export interface FeedEntry {
  record: Agreement;
  /** ISO date (any precision) the record first appeared on the site. */
  appeared: string;
}

const earliest = (dates: readonly (string | undefined)[]): string | undefined =>
  dates.filter((d): d is string => Boolean(d)).sort(compareIsoDates)[0];

/** The day a record first appeared on the site, or undefined when none of its sources says. */
export function firstAppeared(
  record: Agreement,
  sources: ReadonlyMap<string, FeedSource>,
): string | undefined {
  const cited = record.sources.map((s) => sources.get(s.source));
  return earliest(cited.map((s) => s?.added)) ?? earliest(cited.map((s) => s?.published));
}

/**
 * Newest first by the day each record appeared; on the same day, the most recently
 * dated instrument first (undated last), then by name and id, so every build
 * gives the same order.
 */
export function feedEntries(
  records: readonly Agreement[],
  sources: ReadonlyMap<string, FeedSource>,
  limit = FEED_LENGTH,
): FeedEntry[] {
  return records
    .flatMap((record) => {
      const appeared = firstAppeared(record, sources);
      return appeared ? [{ record, appeared }] : [];
    })
    .sort(
      (a, b) =>
        compareIsoDates(b.appeared, a.appeared) ||
        (!a.record.date !== !b.record.date
          ? a.record.date
            ? -1
            : 1
          : compareIsoDates(b.record.date, a.record.date)) ||
        a.record.name.localeCompare(b.record.name, 'en') ||
        (a.record.id < b.record.id ? -1 : a.record.id > b.record.id ? 1 : 0),
    )
    .slice(0, limit);
}

/** `2026-11`, `2026-11-22` → midnight UTC on the first day they name: a date is text, never the clock. */
export function isoDateToUtc(iso: string): Date {
  const [y, m = '1', d = '1'] = iso.split('-');
  return new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
}

/**
 * One feed entry. The description is HTML (feed readers render it), built as a
 * tree so that source text is always a text node: a quote can never become markup.
 */
export function feedItem(
  { record, appeared }: FeedEntry,
  partnerName: string,
  sources: ReadonlyMap<string, FeedSource>,
  site: URL,
): RSSFeedItem {
  const first = record.sources[0]!;
  const sourceTitle = sources.get(first.source)?.title ?? first.source;
  const dated = record.date ? `, dated ${formatIsoDate(record.date)}` : ', date not stated';
  const description = toHtml([
    h('p', `${typeLabel(record.type)} between India and ${partnerName}${dated}.`),
    h('blockquote', [h('p', first.quote)]),
    h('p', [
      'From ',
      h('a', { href: new URL(sourceParagraphPath(first.source, first.anchor), site).href }, sourceTitle),
      '.',
    ]),
  ]);
  return {
    title: record.name,
    link: new URL(agreementPath(record.id), site).href,
    pubDate: isoDateToUtc(appeared),
    description,
    categories: [typeLabel(record.type), partnerName],
  };
}

/** The channel's own fields: its address (`rel="self"`), language, and the day of its newest entry. */
export function channelData(feedUrl: URL, entries: readonly FeedEntry[]): string {
  const newest = entries[0]
    ? `<lastBuildDate>${isoDateToUtc(entries[0].appeared).toUTCString()}</lastBuildDate>`
    : '';
  return `<language>en-gb</language>${newest}<atom:link href="${feedUrl.href}" rel="self" type="application/rss+xml"/>`;
}
