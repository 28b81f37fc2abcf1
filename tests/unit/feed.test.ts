import { describe, expect, it } from 'vitest';
import { agreement } from '../support/agreement.ts';
import { XMLParser } from 'fast-xml-parser';
import type { Agreement } from '../../src/schemas/agreement.ts';
import {
  channelData,
  feedEntries,
  feedItem,
  firstAppeared,
  isoDateToUtc,
  type FeedSource,
} from '../../src/utils/feed.ts';
import { feedResponse } from '../../src/utils/feed-response.ts';
import { ingestCorpus } from '../../src/ingest/pipeline.ts';

const site = new URL('https://atlas.example/');

/** A record as the feed sees it: the shared test record, named "Record <id>". */
const record = (id: string, over: Partial<Agreement> = {}): Agreement =>
  agreement({
    id,
    name: `Record ${id}`,
    sources: [{ source: 'a', quote: `The ${id} was signed.`, anchor: 'p-1' }],
    ...over,
  });
const cites = (...sources: string[]) =>
  sources.map((source) => ({ source, quote: `Quoted from ${source}.`, anchor: 'p-1' }));

const sources = new Map<string, FeedSource>([
  ['old', { title: 'Old', added: '2026-01-05', published: '2001' }],
  ['new', { title: 'New', added: '2026-11-22' }],
  ['unadded', { title: 'Not added', published: '2019-03' }],
  ['undated', { title: 'Neither' }],
]);

describe('when a record first appeared on the site', () => {
  it('is the earliest `added` day among the sources that state it', () => {
    expect(firstAppeared(record('x', { sources: cites('new', 'old') }), sources)).toBe('2026-01-05');
  });
  it('is not moved back by a source without `added` when another source has it', () => {
    expect(firstAppeared(record('x', { sources: cites('new', 'unadded') }), sources)).toBe('2026-11-22');
  });
  it('falls back to `published` when no source has `added`, and is unknown when none gives either', () => {
    expect(firstAppeared(record('x', { sources: cites('unadded') }), sources)).toBe('2019-03');
    expect(firstAppeared(record('x', { sources: cites('undated') }), sources)).toBeUndefined();
  });
});

describe('feedEntries', () => {
  const records = [
    record('b-old', { sources: cites('old') }),
    record('c-new-undated', { sources: cites('new') }),
    record('a-new-2006', { sources: cites('new'), date: '2006-12-08' }),
    record('d-new-2019', { sources: cites('new'), date: '2019' }),
    record('e-nowhere', { sources: cites('undated') }),
  ];
  it('lists newest on the site first; on one day, newest instrument first, undated last', () => {
    expect(feedEntries(records, sources).map((e) => e.record.id)).toEqual([
      'd-new-2019',
      'a-new-2006',
      'c-new-undated',
      'b-old',
    ]);
  });
  it('leaves out a record with no day to be announced on, and keeps to the limit', () => {
    expect(feedEntries(records, sources).map((e) => e.record.id)).not.toContain('e-nowhere');
    expect(feedEntries(records, sources, 2)).toHaveLength(2);
  });
  it('gives the same order whatever order the records come in, and leaves the input alone', () => {
    const reversed = [...records].reverse();
    const copy = [...reversed];
    expect(feedEntries(reversed, sources)).toEqual(feedEntries(records, sources));
    expect(reversed).toEqual(copy);
  });
});

describe('feedItem', () => {
  it('gives the name, type, partner, date, first quote and links', () => {
    const item = feedItem(
      { record: record('dst-jst-mou-2006', { date: '2006-12-08' }), appeared: '2026-11-22' },
      'Japan',
      new Map([['a', { title: 'A source' }]]),
      site,
    );
    expect(item).toMatchObject({
      title: 'Record dst-jst-mou-2006',
      link: 'https://atlas.example/agreements/dst-jst-mou-2006/',
      pubDate: new Date(Date.UTC(2026, 10, 22)),
      categories: ['Memorandum of understanding', 'Japan'],
    });
    expect(item.description).toBe(
      '<p>Memorandum of understanding between India and Japan, dated 8 December 2006.</p>' +
        '<blockquote><p>The dst-jst-mou-2006 was signed.</p></blockquote>' +
        '<p>From <a href="https://atlas.example/sources/a/#p-1">A source</a>.</p>',
    );
  });
  it('writes source text as text: a quote or title cannot become markup in a feed reader', () => {
    const hostile = record('x', {
      name: '<script>alert(1)</script>',
      sources: [{ source: 'a', quote: '<img src=x onerror=alert(1)> & <b>bold</b>', anchor: 'p-1' }],
    });
    const item = feedItem(
      { record: hostile, appeared: '2026' },
      'Japan',
      new Map([['a', { title: '<i>T</i>' }]]),
      site,
    );
    expect(item.description).not.toMatch(/<img|<b>|<i>/);
    expect(item.description).toContain('&#x3C;img src=x onerror=alert(1)> &#x26; &#x3C;b>bold&#x3C;/b>');
  });
  it('dates partial days at midnight UTC on their first day, never by the clock', () => {
    expect(isoDateToUtc('2026').toISOString()).toBe('2026-01-01T00:00:00.000Z');
    expect(isoDateToUtc('2026-11').toISOString()).toBe('2026-11-01T00:00:00.000Z');
  });
});

describe('a whole feed', () => {
  const build = () =>
    feedResponse({
      title: 'New agreements',
      description: 'Test feed',
      page: '/agreements/',
      feedPath: '/agreements.xml',
      site,
      records: [
        record('one', { sources: cites('new'), name: 'Tom & Jerry <MoU>' }),
        record('two', { sources: cites('old') }),
      ],
      partnerNames: new Map([['japan', 'Japan']]),
      sources: [...sources].map(([id, s]) => ({
        id,
        data: {
          source: id,
          title: s.title,
          added: s.added,
          published: s.published,
          authors: [],
          description: '',
          partners: [],
          paragraphs: 0,
          sentences: 0,
          dropped: [],
          toc: [],
        },
      })),
    }).then((r) => r.text());
  it('parses as RSS 2.0 with escaped text, its own address and its newest day', async () => {
    const xml = await build();
    const rss = new XMLParser({ ignoreAttributes: false }).parse(xml).rss;
    expect(rss['@_version']).toBe('2.0');
    expect(rss.channel['atom:link']['@_href']).toBe('https://atlas.example/agreements.xml');
    expect(rss.channel.lastBuildDate).toBe('Sun, 22 Nov 2026 00:00:00 GMT');
    expect(xml).toContain('<title>Tom &amp; Jerry &lt;MoU&gt;</title>');
    expect(rss.channel.item.map((i: { title: string }) => i.title)).toEqual([
      'Tom & Jerry <MoU>',
      'Record two',
    ]);
  });
  it('is the same text every time it is built', async () => {
    expect(await build()).toBe(await build());
  });
  it('says plainly that it needs the site address', async () => {
    await expect(
      feedResponse({
        title: '',
        description: '',
        page: '/',
        feedPath: '/x.xml',
        site: undefined,
        records: [],
        partnerNames: new Map(),
        sources: [],
      }),
    ).rejects.toThrow(/set `site` in astro.config.mjs/);
  });
  it('channelData names the feed itself', () => {
    expect(channelData(new URL('/agreements.xml', site), [])).toContain(
      '<atom:link href="https://atlas.example/agreements.xml" rel="self" type="application/rss+xml"/>',
    );
  });
});

describe('the ingest and `added:`', () => {
  it('warns about a source without `added:`, saying what the feeds do with it and the fix', () => {
    const out = ingestCorpus(
      [
        {
          slug: 'with-date',
          file: 'content/sources/with-date.txt',
          meta: { title: 'A', added: '2026-11-22' },
          text: 'Text.',
        },
        {
          slug: 'published',
          file: 'content/sources/published.txt',
          meta: { title: 'B', published: '2020' },
          text: 'Text.',
        },
        { slug: 'bare', file: 'content/sources/bare.txt', meta: { title: 'C' }, text: 'Text.' },
      ],
      { gazetteer: {}, sectorTerms: {} as never, rules: [] },
    );
    const about = (slug: string) =>
      out.report.warnings.filter((w) => w.includes(`/${slug}.txt`) && w.includes('`added:`'));
    expect(about('with-date')).toEqual([]);
    expect(about('published')[0]).toMatch(/date its records by `published`; add `added: YYYY-MM-DD`/);
    expect(about('bare')[0]).toMatch(/leave its records out; add `added: YYYY-MM-DD`/);
  });
});
