import { describe, expect, it } from 'vitest';
import {
  inReadingOrder,
  matchTier,
  noResults,
  optionalConcepts,
  rankResults,
  type Match,
  type PageKind,
  type RankedResults,
} from '../../src/search/rank-results.ts';
import { buildExcerpt, ledeExcerpt } from '../../src/search/excerpt.ts';
import { describeResults, missingSentence, noAgreementSentence } from '../../src/search/describe-results.ts';
import { displayHit, withHighlight } from '../../src/search/display-hit.ts';
import type { QueryConcept, QueryPlan } from '../../src/search/plan-query.ts';

const m = (tier: number, score: number, words: number[] = []): Match => ({ tier, score, words });
const kinds: Record<string, PageKind> = {
  wg: 'agreement',
  ins: 'agreement',
  dae: 'agreement',
  lab: 'agreement',
  sector: 'sector',
  passage: 'passage',
  method: 'page',
};
const kindOf = (id: string) => kinds[id] ?? 'page';

describe('ranking and grouping', () => {
  it('lists agreements matching every concept first, then agreements on the topic, then pages, then passages', () => {
    const r = rankResults({
      concepts: [
        {
          typed: 'civil',
          unknown: false,
          matches: new Map([
            ['wg', m(3, 9, [1])],
            ['sector', m(1.5, 2)],
            ['passage', m(1.5, 5)],
          ]),
        },
        {
          typed: 'nuclear',
          unknown: false,
          matches: new Map([
            ['wg', m(4, 8, [2])],
            ['ins', m(4, 4)],
            ['sector', m(3, 2)],
            ['passage', m(1.5, 5)],
          ]),
          sectorPages: new Set(['wg', 'ins', 'dae']),
        },
      ],
      kindOf,
      topic: ['ins', 'dae', 'wg'],
    });
    expect(inReadingOrder(r).map((h) => h.id)).toEqual(['wg', 'ins', 'dae', 'sector', 'passage']);
    expect(r.agreements[0]).toMatchObject({ id: 'wg', tier: 7, score: 17, words: [1, 2], missing: [] });
    // On the topic: INS–JAES uses "nuclear" itself, DAE–KEK only belongs to the sector.
    expect(r.related.map((h) => [h.id, h.missing])).toEqual([
      ['ins', ['civil']],
      ['dae', ['civil', 'nuclear']],
    ]);
  });

  it('orders by where a concept matched before by score', () => {
    const r = rankResults({
      concepts: [
        {
          typed: 'jaxa',
          unknown: false,
          matches: new Map([
            ['wg', m(1.5, 30)],
            ['ins', m(3, 10)],
          ]),
        },
      ],
      kindOf,
      topic: [],
    });
    expect(r.agreements.map((h) => h.id)).toEqual(['ins', 'wg']);
    expect(matchTier({ fields: ['title'], inText: true, named: false })).toBeGreaterThan(
      matchTier({ fields: ['parties'], inText: true, named: false }),
    );
    expect(matchTier({ fields: ['sectors'], inText: false, named: true })).toBeGreaterThan(
      matchTier({ fields: ['title'], inText: true, named: false }),
    );
    // A phrase's words scattered over a page's name are weaker than the phrase in its parties.
    expect(matchTier({ fields: ['title'], inText: false, named: false, scattered: true })).toBeLessThan(
      matchTier({ fields: ['parties'], inText: false, named: false }),
    );
  });

  it('lets a common word rank without restricting, and relaxes instrument names only when nothing would match', () => {
    const plain = (agreementsMatched: number) => ({ plain: true, instrument: false, agreementsMatched });
    const mou = { plain: false, instrument: true, agreementsMatched: 10 };
    const canada = { plain: false, instrument: false, agreementsMatched: 7 };
    expect(optionalConcepts([canada, plain(60)], 120, false)).toEqual([false, true]);
    expect(optionalConcepts([canada, plain(20)], 120, false)).toEqual([false, false]);
    expect(optionalConcepts([canada, mou], 120, false)).toEqual([false, false]);
    expect(optionalConcepts([canada, mou], 120, true)).toEqual([false, true]);
    expect(optionalConcepts([plain(100), plain(90)], 120, false)).toEqual([false, false]);
    const r = rankResults({
      concepts: [
        {
          typed: 'Canada',
          unknown: false,
          matches: new Map([
            ['wg', m(4, 5)],
            ['ins', m(4, 5)],
          ]),
        },
        { typed: 'cooperation', unknown: false, optional: true, matches: new Map([['ins', m(3, 2)]]) },
      ],
      kindOf,
      topic: [],
    });
    // Missing a word that only ranks is not missing anything the query required.
    expect(r.agreements.map((h) => [h.id, h.missing])).toEqual([
      ['ins', []],
      ['wg', []],
    ]);
    expect(r.required).toEqual(['Canada']);
  });

  it('lets a word that only ranks break ties, never outweigh what the query names', () => {
    const r = rankResults({
      concepts: [
        {
          typed: 'cybersecurity',
          unknown: false,
          matches: new Map([
            ['wg', m(3, 1)],
            ['ins', m(1.5, 1)],
            ['dae', m(1.5, 1)],
            // Says "cybersecurity" most, and never "cooperate": Pagefind's score outranks a word that only ranks.
            ['lab', m(1.5, 8)],
          ]),
        },
        {
          typed: 'cooperate',
          unknown: false,
          optional: true,
          matches: new Map([
            ['ins', m(3, 5)],
            ['dae', m(1.5, 5)],
          ]),
        },
      ],
      kindOf,
      topic: [],
    });
    expect(r.agreements.map((h) => [h.id, h.tier, h.rankTier])).toEqual([
      ['wg', 3, 0],
      ['lab', 1.5, 0],
      ['ins', 1.5, 3],
      ['dae', 1.5, 1.5],
    ]);
  });

  it('lists no full match when a word can match nothing, and then every agreement matching part of it', () => {
    const r = rankResults({
      concepts: [
        {
          typed: 'Japan',
          unknown: false,
          matches: new Map([
            ['wg', m(4, 9)],
            ['passage', m(1.5, 9)],
          ]),
        },
        {
          typed: 'space',
          unknown: false,
          matches: new Map([['ins', m(3, 2)]]),
          sectorPages: new Set(['wg']),
        },
        { typed: 'whisky', unknown: true, matches: new Map() },
      ],
      kindOf,
      topic: ['wg'],
    });
    expect([...r.agreements, ...r.related, ...r.places, ...r.sources]).toEqual([]);
    // Those matching most of the query first: the Japanese agreement on the topic, then one with a word of it.
    expect(r.partial.map((h) => [h.id, h.missing])).toEqual([
      ['wg', ['space', 'whisky']],
      ['ins', ['Japan', 'whisky']],
    ]);
    expect(inReadingOrder(r).map((h) => h.id)).toEqual(['wg', 'ins']);
  });

  it('lists agreements that miss one of three words or more after those matching all', () => {
    const concepts = [
      {
        typed: 'Japan',
        unknown: false,
        matches: new Map([
          ['wg', m(4, 1)],
          ['ins', m(4, 1)],
          ['dae', m(4, 1)],
        ]),
      },
      {
        typed: 'space',
        unknown: false,
        matches: new Map([
          ['wg', m(3, 1)],
          ['ins', m(3, 1)],
        ]),
      },
      { typed: 'agreement', unknown: false, matches: new Map([['wg', m(3, 1)]]) },
    ];
    const three = rankResults({ concepts, kindOf, topic: [] });
    expect(three.agreements.map((h) => h.id)).toEqual(['wg']);
    expect(three.partial.map((h) => [h.id, h.missing])).toEqual([['ins', ['agreement']]]);
    // Of two words, one alone is no near miss.
    const two = rankResults({ concepts: concepts.slice(0, 2), kindOf, topic: [] });
    expect(two.partial).toEqual([]);
  });
});

describe('excerpts', () => {
  const quotes =
    'ISRO and JAXA signed an MoU. On 2 May both agencies agreed on rice crop monitoring with JAXA data.';
  it('shows the stretch with the matched words, marked without their punctuation', () => {
    const parts = buildExcerpt({ content: 'The MoU (JAXA). was signed', words: [2], length: 10 });
    expect(parts).toEqual([
      { text: 'The MoU (', marked: false },
      { text: 'JAXA', marked: true },
      { text: '). was signed', marked: false },
    ]);
  });

  it('stays inside the quote that matched', () => {
    const parts = buildExcerpt({ content: quotes, words: [2, 13, 17], boundaries: [6], length: 8 });
    expect(parts.map((p) => p.text).join('')).toBe('… agreed on rice crop monitoring with JAXA data.');
    expect(parts.filter((p) => p.marked).map((p) => p.text)).toEqual(['rice', 'JAXA']);
  });

  it('starts at the beginning of the first quote when only the name or parties matched', () => {
    expect(buildExcerpt({ content: quotes, words: [], boundaries: [6], length: 20 })).toEqual([
      { text: 'ISRO and JAXA signed an MoU.', marked: false },
    ]);
  });

  it("takes a country or sector page's lede, not its tables", () => {
    const content =
      'Nuclear. 3 agreements between India and Japan. Agreements in nuclearNamePartnerType DAE–KEK MoU';
    expect(ledeExcerpt(content, [6, 9], 30)).toEqual([
      { text: '3 agreements between India and ', marked: false },
      { text: 'Japan', marked: true },
      { text: '.', marked: false },
    ]);
  });
});

const concept = (typed: string, extra: Partial<QueryConcept> = {}): QueryConcept => ({
  typed,
  searches: [{ term: typed, exact: false }],
  highlight: [typed],
  sectors: [],
  unknown: false,
  ...extra,
});
const nuclear = { name: 'Nuclear', href: '/sectors/nuclear/' };
const hit = (id: string, kind: PageKind = 'agreement') => ({
  id,
  kind,
  tier: 1,
  rankTier: 0,
  score: 1,
  words: [],
  missing: [],
});
const results = (r: Partial<RankedResults> & { required: string[] }): RankedResults => ({
  ...noResults(r.required),
  ...r,
});

describe('what the search says', () => {
  it('counts agreements, those on the topic and other results', () => {
    const plan: QueryPlan = { concepts: [concept('civil'), concept('nuclear', { sectors: [nuclear] })] };
    const w = describeResults(
      'civil nuclear',
      plan,
      results({
        agreements: [hit('wg')],
        related: [hit('ins'), hit('dae')],
        places: [hit('sector', 'sector')],
        required: ['civil', 'nuclear'],
      }),
    );
    expect(w.status).toBe(
      '1 agreement, 2 more in the Nuclear sector and 1 other result for “civil nuclear”.',
    );
    expect(w.relatedHeading).toBe('Other agreements in the Nuclear sector');
    expect(w.partialHeading).toBeUndefined();
    expect(w.named).toEqual([nuclear]);
    const near = describeResults(
      'civil nuclear',
      plan,
      results({ agreements: [hit('wg')], partial: [hit('x')], required: ['civil', 'nuclear'] }),
    );
    expect(near.status).toBe('1 agreement and 1 matching most of it for “civil nuclear”.');
    expect(near.partialHeading).toBe('Agreements matching most of the search');
  });

  it('says plainly when no agreement mentions every word, before anything partial', () => {
    expect(noAgreementSentence(['xylophone'])).toBe('No agreement mentions “xylophone”.');
    const plan: QueryPlan = {
      concepts: [concept('Argentina', { country: 'Argentina' }), concept('beef', { unknown: true })],
    };
    const w = describeResults('Argentina beef', plan, results({ required: ['Argentina', 'beef'] }));
    expect(w.status).toBe(
      'No agreement mentions both “Argentina” and “beef”. The atlas has no page on Argentina.',
    );
    expect(w).toMatchObject({ noAgreement: true, uncovered: 'Argentina' });
    const green: QueryPlan = {
      concepts: [
        concept('when', { general: true }),
        concept('green'),
        concept('hydrogen', { sectors: [{ name: 'Energy', href: '/sectors/energy/' }] }),
      ],
    };
    const partly = describeResults(
      'signed green hydrogen',
      green,
      results({
        partial: [hit('a'), hit('b')],
        sources: [hit('p', 'passage')],
        required: ['green', 'hydrogen'],
      }),
    );
    // Only the words a page had to match are named: not the one that only ranks.
    expect(partly.status).toBe(
      'No agreement mentions both “green” and “hydrogen”. 2 agreements match part of it, listed first. 1 other page mentions every word.',
    );
    expect(partly.partialHeading).toBe('Agreements matching part of the search');
    expect(missingSentence(['whisky'])).toBe('Does not mention “whisky”.');
    expect(missingSentence(['space', 'whisky'])).toBe('Does not mention “space” or “whisky”.');
    expect(missingSentence([])).toBeUndefined();
  });

  it('says which spelling it searched', () => {
    const plan: QueryPlan = { concepts: [concept('Fullbright', { corrected: ['fulbright'] })] };
    expect(
      describeResults('Fullbright', plan, results({ agreements: [hit('x')], required: ['Fullbright'] }))
        .status,
    ).toBe('1 agreement for “Fullbright”. Showing “fulbright” for “Fullbright”.');
  });
});

describe('a result as shown', () => {
  const plan: QueryPlan = { concepts: [concept('jaxa', { highlight: ['jaxa'] }), concept('rice')] };
  it('an agreement: its name, partner, type and date, and the quote that matched', () => {
    const d = displayHit(
      { ...hit('ia'), words: [9], missing: ['rice'] },
      {
        raw_url: '/agreements/ia/',
        content: 'First quote about ISRO–-JAXA here. Second quote with JAXA in it.',
        meta: {
          title: 'ISRO–-JAXA IA',
          partner: 'Japan',
          type: 'Implementing arrangement',
          date: '2021-03-11',
        },
        filters: {},
        anchors: [
          { id: 'quote-1', location: 0 },
          { id: 'quote-2', location: 5 },
        ],
      },
      plan,
      'highlight',
    );
    expect(d.title).toBe('ISRO–JAXA IA');
    expect(d.facts).toBe('Japan · Implementing arrangement · 11 March 2021');
    expect(d.url).toBe('/agreements/ia/?highlight=jaxa');
    expect(d.excerpt.map((p) => p.text).join('')).toBe('Second quote with JAXA in it.');
    // It matches only part of the query, and says which word it lacks.
    expect(d.missing).toBe('Does not mention “rice”.');
  });

  it('a passage: its source and section', () => {
    const d = displayHit(
      { ...hit('p', 'passage'), words: [0] },
      {
        raw_url: '/sources/doc/#p-rice',
        content: 'Rice crop monitoring by JAXA.',
        meta: {},
        filters: {
          source: ['A document'],
          section: ['Space'],
          document: ['News article'],
          published: ['2023-05'],
        },
        anchors: [],
      },
      plan,
      'highlight',
    );
    expect(d).toMatchObject({
      title: 'A document',
      facts: 'Passage in “Space” · News article · May 2023',
      url: '/sources/doc/?highlight=jaxa&highlight=rice#p-rice',
    });
  });

  it('carries the words to the opened page before its anchor', () => {
    expect(withHighlight('/x/#a', 'h', ['a b', 'c'])).toBe('/x/?h=a+b&h=c#a');
  });
});
