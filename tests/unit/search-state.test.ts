import { describe, expect, it } from 'vitest';
import {
  hasCriteria,
  searchPageHref,
  stateFromParams,
  stateToParams,
  toPagefindOptions,
} from '../../src/client/search/search-state.ts';
import { hyphenateDashJoinedWords, markKind } from '../../src/integrations/pagefind.ts';
import { withoutIndexHyphens } from '../../src/search/display-hit.ts';

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

describe('dash-joined words in the index', () => {
  it('puts a hyphen after a dash that joins two words, in text only, so Pagefind indexes the words and the compound', () => {
    expect(
      hyphenateDashJoinedWords(
        '<h1 title="A–B">ISRO–JAXA MoU</h1><p>India–Japan, 2006–2016 – and — not these</p>',
      ),
    ).toBe('<h1 title="A–B">ISRO–-JAXA MoU</h1><p>India–-Japan, 2006–-2016 – and — not these</p>');
  });
  it('is undone in what a result shows', () => {
    expect(withoutIndexHyphens('ISRO–-JAXA and India–-Japan, 2006-2016')).toBe(
      'ISRO–JAXA and India–Japan, 2006-2016',
    );
  });
});

describe('the kind every indexed page is filed under', () => {
  it('adds a hidden kind filter as the first child of the indexed body, and leaves other pages alone', () => {
    expect(
      markKind(
        '<body><main id="main" tabindex="-1" data-pagefind-body><h1>X</h1></main></body>',
        'agreement',
      ),
    ).toBe(
      '<body><main id="main" tabindex="-1" data-pagefind-body><span hidden data-pagefind-filter="kind:agreement"></span><h1>X</h1></main></body>',
    );
    expect(markKind('<main data-pagefind-body="">x</main>', 'sector')).toContain(
      '<main data-pagefind-body=""><span hidden data-pagefind-filter="kind:sector"></span>x',
    );
    const unindexed = '<main id="main"><p data-pagefind-bodywork>x</p></main>';
    expect(markKind(unindexed, 'page')).toBe(unindexed);
  });
});
