import { describe, expect, it } from 'vitest';
import { passagesOf } from '../../src/search/passages.ts';
import { kindOfPath } from '../../src/search/page-kind.ts';
import { readFileSync } from 'node:fs';
import { COUNTRIES, HOME_NAMES } from '../../src/schemas/countries.ts';
import { readSearchWords } from '../../src/integrations/search-lexicon.ts';
import {
  generatedQueries,
  resolveHand,
  score,
  typoOf,
  type SiteRecord,
} from '../../src/harness/search-queries.ts';

const page = (body: string) =>
  `<html><body><main data-pagefind-body><article><header><p class="eyebrow">News article</p>
  <span hidden data-pagefind-sort="date:2023-05"></span><h1>India &amp; Japan <b>talk</b></h1>
  <p>Partners covered: <a href="/countries/japan/" data-pagefind-filter="partner">Japan</a></p></header>
  <div class="document__body" data-pagefind-ignore>${body}</div></article></main></body></html>`;

describe('a source page → its passages', () => {
  it('makes one record per paragraph, with its anchor, section, source, partners and date; text as text', () => {
    const records = passagesOf(
      '/sources/doc/',
      page(
        '<p id="p-intro" data-partners="japan">First &lt;b&gt;words&lt;/b&gt;.</p><h2 id="h-space">Space</h2><p id="p-two">Second.</p>',
      ),
    );
    expect(records).toEqual([
      {
        url: '/sources/doc/#p-intro',
        content: 'First <b>words</b>.',
        language: 'en',
        meta: {},
        filters: {
          kind: ['passage'],
          source: ['India & Japan talk'],
          document: ['News article'],
          partner: ['Japan'],
          published: ['2023-05'],
        },
        sort: { date: '2023-05' },
      },
      expect.objectContaining({ url: '/sources/doc/#p-two', content: 'Second.' }),
    ]);
    expect(records[1]!.filters['section']).toEqual(['Space']);
  });

  it('stops, naming the page, when the markup it reads is gone', () => {
    expect(() => passagesOf('/sources/x/', '<html><body><h1>T</h1></body></html>')).toThrow(
      /\/sources\/x\/: no \.document__body on the source page/,
    );
  });

  it('files pages by kind from their address', () => {
    expect(
      [
        'agreements/x/index.html',
        'countries/japan/2/index.html',
        'sectors/ai/index.html',
        'sources/s/index.html',
        'method/index.html',
      ].map(kindOfPath),
    ).toEqual(['agreement', 'country', 'sector', 'source', 'page']);
  });

  it('knows the world’s countries by every name the dataset gives, and India’s own names apart', () => {
    const names = COUNTRIES.flatMap((c) => c.names);
    expect(names).toEqual(
      expect.arrayContaining(['Argentina', 'South Africa', 'Holland', 'Nippon', 'Dutch']),
    );
    expect(names).not.toContain('India');
    expect(names).not.toContain('United Nations');
    expect(COUNTRIES.length).toBeGreaterThan(190);
    expect(HOME_NAMES).toEqual(expect.arrayContaining(['India', 'Indian', 'Bhārat']));
  });

  it('stops on a mistake in the readers’ words, naming the file, the line and the fix', () => {
    expect(() =>
      readSearchWords('ask: [when]\ngeneral: [both]\ninstruments: [pact]\nsynonyms:\n  - [moon]\n'),
    ).toThrow(
      /content\/search-words\.yml: line 5: field `synonyms\.0`: a group of synonyms needs at least two words/,
    );
    expect(() => readSearchWords('ask: [when]\nsynonym: []\n')).toThrow(/line 2.*is not a known field/s);
    expect(readSearchWords(readFileSync('content/search-words.yml', 'utf8')).synonyms.length).toBeGreaterThan(
      10,
    );
  });
});

const rec = (id: string, name: string, extra: Partial<SiteRecord> = {}): SiteRecord => ({
  id,
  name,
  aliases: [],
  parties: [],
  type: 'mou',
  partner: 'japan',
  sectors: ['space'],
  ...extra,
});

describe('the query set, made by rules from the records', () => {
  const jaxa = { name: 'Japan Aerospace Exploration Agency', acronym: 'JAXA' };
  const records = [
    rec('mou', 'ISRO–JAXA MoU on outer space', { parties: [jaxa] }),
    rec('ia', 'ISRO–JAXA Implementing Arrangement on Akatsuki', {
      type: 'implementing-arrangement',
      parties: [jaxa],
    }),
    rec('finq', 'Finland India Quantum Network (FIN-Q)', { partner: 'finland', sectors: ['quantum'] }),
  ];
  const cases = generatedQueries(records, {
    sectors: [
      { id: 'space', label: 'Space', terms: ['space'] },
      { id: 'quantum', label: 'Quantum', terms: ['quantum'] },
    ],
    typeWords: new Set(['MoU']),
  });
  const find = (q: string) => cases.find((c) => c.query === q);

  it('asks for every record acronym, each party by its full name and with each sector, every sector, lower case', () => {
    expect(find('FIN-Q')).toMatchObject({ kind: 'acronym', expected: ['finq'] });
    expect(find('fin-q')).toMatchObject({ kind: 'lowercase', expected: ['finq'] });
    expect(find('Japan Aerospace Exploration Agency')).toMatchObject({
      kind: 'expansion',
      expected: ['mou', 'ia'],
    });
    expect(find('JAXA space')).toMatchObject({ kind: 'party-sector', expected: ['mou', 'ia'] });
    expect(find('jaxa space')?.kind).toBe('lowercase');
    expect(find('Quantum')).toMatchObject({ kind: 'sector', expected: ['finq'] });
    expect(find('MoU')).toBeUndefined();
  });

  it('writes each partner every other way the gazetteer does, and asks for a partner’s sector by year', () => {
    const dated = [
      rec('mou16', 'ISRO–JAXA MoU on outer space', { date: '2016-11-11' }),
      rec('ia17', 'ISRO–JAXA Implementing Arrangement', { date: '2017-01' }),
      rec('nodate', 'India–Japan Space Dialogue'),
    ];
    const set = generatedQueries(dated, {
      sectors: [{ id: 'space', label: 'Space', terms: ['space'] }],
      typeWords: new Set(),
      partners: { japan: { name: 'Japan', adjective: 'Japanese', names: ['Japan', 'Nippon', 'Japanese'] } },
    });
    const of = (kind: string) => set.filter((c) => c.kind === kind).map((c) => [c.query, c.expected]);
    expect(of('partner-name')).toEqual([
      ['Nippon', ['mou16', 'ia17', 'nodate']],
      ['Nippon space', ['mou16', 'ia17', 'nodate']],
    ]);
    expect(of('year')).toEqual([
      ['Japan space 2016', ['mou16']],
      ['Japan space 2017', ['ia17']],
    ]);
  });

  it('misspells a distinctive word of a name once, the same way every run', () => {
    expect(typoOf('Akatsuki')).toBe(typoOf('Akatsuki'));
    expect(typoOf('Akatsuki')).not.toBe('Akatsuki');
    const typo = cases.find((c) => c.kind === 'typo' && c.expected.includes('ia'));
    expect(typo?.query).toBe(typoOf('Implementing'));
  });

  it('names hand-written expectations by partner, type and words, and reports those the records lack', () => {
    const { cases: hand, unresolved } = resolveHand(records, [
      { query: 'outer space', about: [{ partner: 'japan', type: 'mou', words: 'outer space' }] },
      { query: 'Denmark', about: [{ partner: 'denmark', words: 'Innovation' }] },
      { query: 'Argentina beef', about: [] },
    ]);
    expect(hand).toEqual([
      expect.objectContaining({ query: 'outer space', kind: 'hand', expected: ['mou'] }),
      expect.objectContaining({ query: 'Argentina beef', kind: 'nothing', expected: [] }),
    ]);
    expect(unresolved.map((u) => u.query)).toEqual(['Denmark']);
  });

  it('passes a query when all its agreements are in the first five, or the first five are all its own', () => {
    const c = { query: 'q', kind: 'hand' as const, expected: ['a', 'b'], why: '' };
    const at = (...ids: string[]) => ({
      status: '',
      paths: ids.map((i) => (i.startsWith('/') ? i : `/agreements/${i}/`)),
      saysNoAgreement: false,
    });
    expect(score(c, at('x', 'a', '/sectors/s/', 'b'))).toEqual({ pass: true, rank: 2 });
    expect(score(c, at('x', 'a', 'y', 'z', 'w', 'b'))).toEqual({ pass: false, rank: 2 });
    const many = { ...c, expected: ['a', 'b', 'c', 'd', 'e', 'f'] };
    expect(score(many, at('a', 'b', 'c', 'd', 'e')).pass).toBe(true);
    expect(score(many, at('a', 'b', '/countries/japan/', 'd', 'e')).pass).toBe(false);
    const nothing = { ...c, kind: 'nothing' as const, expected: [] };
    expect(
      score(nothing, { status: 'No agreement mentions “x”.', paths: [], saysNoAgreement: true }).pass,
    ).toBe(true);
    expect(score(nothing, at('a')).pass).toBe(false);
  });
});
