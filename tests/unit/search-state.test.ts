import { describe, expect, it } from 'vitest';
import {
  hasCriteria,
  searchPageHref,
  stateFromParams,
  stateToParams,
  toPagefindOptions,
} from '../../src/client/search/search-state.ts';
import { excerptToParts, factsLine, toSearchTerm } from '../../src/client/search/pagefind-client.ts';
import { hyphenateDashJoinedWords } from '../../src/integrations/pagefind.ts';

describe('search state in the address bar', () => {
  it('reads the query, the known filters and the sort, ignoring everything else', () => {
    const state = stateFromParams(
      new URLSearchParams('q=+jaxa+&partner=Japan&type=&colour=red&sort=date-desc'),
    );
    expect(state).toEqual({ q: 'jaxa', filters: { partner: 'Japan' }, sort: 'date-desc' });
  });

  it('falls back to relevance for an unknown sort', () => {
    expect(stateFromParams(new URLSearchParams('sort=sideways')).sort).toBe('relevance');
  });

  it('round-trips through the URL and leaves defaults out', () => {
    const state = {
      q: 'gas hydrate',
      filters: { sector: 'energy', decade: '2000s' },
      sort: 'relevance' as const,
    };
    expect(stateToParams(state).toString()).toBe('q=gas+hydrate&sector=energy&decade=2000s');
    expect(stateFromParams(stateToParams(state))).toEqual(state);
    expect(searchPageHref({ q: '', filters: {}, sort: 'relevance' })).toBe('/search/');
  });

  it('turns filters and sort into Pagefind options', () => {
    expect(
      toPagefindOptions({ q: 'x', filters: { partner: 'Japan', type: 'MoU' }, sort: 'date-asc' }),
    ).toEqual({
      filters: { partner: 'Japan', type: 'MoU' },
      sort: { date: 'asc' },
    });
    expect(toPagefindOptions({ q: 'x', filters: {}, sort: 'relevance' })).toEqual({});
  });

  it('has something to search for only with a query, a filter or a sort', () => {
    expect(hasCriteria({ q: '', filters: {}, sort: 'relevance' })).toBe(false);
    expect(hasCriteria({ q: '', filters: { partner: 'Japan' }, sort: 'relevance' })).toBe(true);
  });
});

describe('Pagefind excerpts and meta', () => {
  it('splits an excerpt into text and marked parts, decoding entities and parsing no other HTML', () => {
    expect(
      excerptToParts('ISRO &amp; <mark>JAXA</mark> &lt;b&gt;signed&lt;/b&gt; <mark>JAXA&#39;s</mark>'),
    ).toEqual([
      { text: 'ISRO & ', marked: false },
      { text: 'JAXA', marked: true },
      { text: ' <b>signed</b> ', marked: false },
      { text: "JAXA's", marked: true },
    ]);
  });

  it('shows partner, type and date as people read them, skipping what a page lacks', () => {
    expect(factsLine({ partner: 'Japan', type: 'MoU', date: '2006-12-08' })).toBe(
      'Japan · MoU · 8 December 2006',
    );
    expect(factsLine({ partner: 'Finland' })).toBe('Finland');
    expect(factsLine({})).toBe('');
  });
});

describe('the term Pagefind searches', () => {
  it('drops stopwords, which only cost index chunks, but never the whole query', () => {
    expect(toSearchTerm('  Indo-US Science and Technology Forum ')).toBe('Indo-US Science Technology Forum');
    expect(toSearchTerm('Japan Society for the Promotion of Science')).toBe(
      'Japan Society Promotion Science',
    );
    expect(toSearchTerm('the')).toBe('the');
    expect(toSearchTerm('FIN-Q')).toBe('FIN-Q');
  });
  it('drops one-letter words, a prefix of nearly everything, while a reader is still typing', () => {
    expect(toSearchTerm('Japan S')).toBe('Japan');
    expect(toSearchTerm('Japan Society f')).toBe('Japan Society');
    expect(toSearchTerm('AI')).toBe('AI');
    expect(toSearchTerm('j')).toBe('');
    expect(toSearchTerm('')).toBe('');
  });
});

describe('dash-joined words in the index', () => {
  it('puts a hyphen after a dash that joins two words, in text only, so Pagefind indexes the words and the compound', () => {
    expect(
      hyphenateDashJoinedWords(
        '<h1 title="A–B">ISRO–JAXA MoU</h1><p>India–Japan, 2006–2016 – and — not these</p>',
      ),
    ).toBe('<h1 title="A–B">ISRO–-JAXA MoU</h1><p>India–-Japan, 2006–-2016 – and — not these</p>');
  });
  it('is undone in what a result shows', () => {
    expect(excerptToParts('<mark>ISRO–-JAXA</mark> and India–-Japan')).toEqual([
      { text: 'ISRO–JAXA', marked: true },
      { text: ' and India–Japan', marked: false },
    ]);
  });
});
