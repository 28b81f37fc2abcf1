import { describe, expect, it } from 'vitest';
import { buildLexicon, type Lexicon, type LexiconSources } from '../../src/search/build-lexicon.ts';
import { chunksNeeded, planQuery } from '../../src/search/plan-query.ts';
import { indexedWords } from '../../src/search/text.ts';

/** A tiny site: two records, two sectors, one partner, the words its pages hold. */
const sources: LexiconSources = {
  records: [
    {
      name: 'ISRO–JAXA MoU on outer space',
      aliases: [],
      parties: [
        { name: 'Indian Space Research Organisation', acronym: 'ISRO' },
        { name: 'Japan Aerospace Exploration Agency', acronym: 'JAXA' },
      ],
      sectors: ['space'],
    },
    {
      name: 'INS–JAES MoU',
      aliases: [],
      parties: [{ name: 'Indian Nuclear Society', acronym: 'INS' }],
      sectors: ['nuclear'],
    },
  ],
  partners: [
    {
      name: 'Japan',
      adjective: 'Japanese',
      names: ['Japan', 'Nippon', 'Japanese'],
      href: '/countries/japan/',
    },
    {
      name: 'Netherlands',
      adjective: 'Dutch',
      names: ['Netherlands', 'Kingdom of the Netherlands', 'Holland', 'Dutch'],
      href: '/countries/netherlands/',
    },
  ],
  countries: [
    { name: 'Japan', names: ['Japan', 'Nippon'] },
    { name: 'Argentina', names: ['Argentina', 'Argentine Republic', 'Argentine'] },
    { name: 'South Africa', names: ['South Africa', 'RSA'] },
  ],
  home: ['India', 'Republic of India', 'Bhārat', 'Indian'],
  sectors: [
    { name: 'Nuclear', href: '/sectors/nuclear/', terms: ['nuclear', 'atomic', 'reactor*'] },
    { name: 'Artificial intelligence', href: '/sectors/ai/', terms: ['AI', 'artificial intelligence'] },
    { name: 'Materials and physics', href: '/sectors/materials-physics/', terms: ['beam line', 'beamline'] },
    { name: 'Space', href: '/sectors/space/', terms: ['space', 'lunar'] },
  ],
  types: [
    { label: 'Memorandum of understanding', forms: ['MoU', 'Memoranda of Understanding'] },
    { label: 'Agreement', forms: ['agreement', 'agreements'] },
  ],
  events: ['signed', 'launched', 'cooperation'],
  searchWords: {
    ask: ['when', 'did', 'which', 'what', 'is'],
    general: ['bilateral'],
    instruments: ['pact'],
    synonyms: [['moon', 'lunar']],
  },
  words: indexedWords(
    'ISRO–-JAXA MoU on outer space Indian Space Research Organisation Japan Aerospace Exploration Agency ' +
      'INS–-JAES Indian Nuclear Society Japanese nuclear atomic semiconductor quantum ai artificial intelligence ' +
      'memorandum of understanding Japan beam line beamline lunar exploration signed India Netherlands water 2016',
  ),
};

const lexicon = buildLexicon(sources);
/** As the browser's lexicon client: a letter no indexed word starts with has an empty chunk. */
const lookup = (l: Lexicon) => (key: string) => l.chunks[key] ?? { words: [], phrases: {} };
const plan = (q: string) => planQuery(q, lookup(lexicon)).concepts;

describe('the search lexicon', () => {
  it('pairs acronyms and expansions both ways, from parties and vocabularies, never transitively', () => {
    const j = lexicon.chunks['j']!.phrases;
    expect(j['jaxa']!.alts).toEqual(['Japan Aerospace Exploration Agency']);
    expect(j['japan aerospac explor agenc']!.alts).toEqual(['JAXA']);
    expect(lexicon.chunks['a']!.phrases['ai']!.alts).toEqual(['Artificial intelligence']);
    expect(lexicon.chunks['m']!.phrases['mou']!.alts).toEqual(['Memorandum of understanding']);
    expect(lexicon.chunks['b']!.phrases['beamlin']!.alts).toEqual(['beam line']);
  });

  it('leaves out a form no indexed page could match', () => {
    const none = buildLexicon({ ...sources, words: indexedWords('JAXA') });
    expect(none.chunks['j']!.phrases['jaxa']?.alts).toBeUndefined();
  });

  it('tags sector words with their sector, partner names with the partner, and other countries as not covered', () => {
    expect(lexicon.chunks['a']!.phrases['atom']!.sectors).toEqual([
      { name: 'Nuclear', href: '/sectors/nuclear/' },
    ]);
    expect(lexicon.chunks['j']!.phrases['japanes']!.partner).toEqual({
      name: 'Japan',
      href: '/countries/japan/',
    });
    expect(lexicon.chunks['a']!.phrases['argentina']!.country).toBe('Argentina');
    expect(lexicon.chunks['s']!.phrases['south africa']!.country).toBe('South Africa');
    expect(lexicon.chunks['j']!.phrases['japan']!.country).toBeUndefined();
    // Any spelling of a country the atlas lacks says so, by the name pages would use.
    expect(lexicon.chunks['a']!.phrases['argentin']!.country).toBe('Argentina');
    // A country the atlas covers is never "not covered", whichever of its names the dataset also lists.
    expect(lexicon.chunks['n']!.phrases['nippon']!.country).toBeUndefined();
    expect(lexicon.partners).toEqual([
      { name: 'Japan', href: '/countries/japan/' },
      { name: 'Netherlands', href: '/countries/netherlands/' },
    ]);
  });

  it('reads a partner by every name the gazetteer gives it, searched as the names its pages use', () => {
    expect(lexicon.chunks['h']!.phrases['holland']).toEqual({
      partner: { name: 'Netherlands', href: '/countries/netherlands/' },
      // Only the forms an indexed page has: no page here says "Dutch".
      alts: ['Netherlands'],
    });
    expect(lexicon.chunks['n']!.phrases['nippon']!.alts).toEqual(['Japan', 'Japanese']);
  });

  it('knows the words that ask, the words that only rank, and the readers’ synonyms, from the data files', () => {
    expect(lexicon.chunks['w']!.phrases['when']).toEqual({ ask: true });
    for (const [key, word] of [
      ['s', 'sign'],
      ['c', 'cooper'],
      ['b', 'bilater'],
      ['i', 'india'],
      ['b', 'bharat'],
    ] as const)
      expect(lexicon.chunks[key]!.phrases[word], word).toMatchObject({ general: true });
    expect(lexicon.chunks['p']!.phrases['pact']).toEqual({ instrument: true });
    // A synonym of a sector's term is in that sector too.
    expect(lexicon.chunks['m']!.phrases['moon']).toEqual({
      alts: ['lunar'],
      sectors: [{ name: 'Space', href: '/sectors/space/' }],
    });
  });

  it('files every indexed word under its first letter, sorted', () => {
    expect(lexicon.chunks['q']!.words).toEqual(['quantum']);
    expect(chunksNeeded('Quantum the JAXA "x y"')).toEqual(['q', 'j']);
  });
});

describe('reading a query', () => {
  it('reads a known phrase as one concept, searched in each of its forms', () => {
    const [jaxa] = plan('Japan Aerospace Exploration Agency');
    expect(plan('Japan Aerospace Exploration Agency')).toHaveLength(1);
    expect(jaxa!.searches).toEqual([
      { term: 'japan aerospace exploration agency', exact: false },
      { term: 'JAXA', exact: true },
    ]);
    expect(jaxa!.highlight).toContain('JAXA');
  });

  it('matches a word it does not know as the start of words, as the reader may still be typing', () => {
    expect(plan('quant')[0]).toMatchObject({ searches: [{ term: 'quant', exact: false }], unknown: false });
  });

  it('reads a misspelling of five letters or more as the indexed word one edit away', () => {
    expect(plan('quantom')[0]).toMatchObject({
      searches: [{ term: 'quantum', exact: true }],
      corrected: ['quantum'],
      unknown: false,
    });
    expect(plan('semiconducter')[0]!.unknown).toBe(false);
  });

  it('marks a word no page has and no correction reaches as unknown, rather than letting Pagefind drop it', () => {
    expect(plan('Japan beef').map((c) => c.unknown)).toEqual([false, true]);
    expect(plan('xylophone')[0]!.unknown).toBe(true);
  });

  it('names the topic, the partner and a country the atlas does not cover', () => {
    const [civil, atomic] = plan('civil atomic');
    expect(civil!.sectors).toEqual([]);
    expect(atomic!.sectors.map((s) => s.name)).toEqual(['Nuclear']);
    expect(plan('Japanese')[0]!.partner?.name).toBe('Japan');
    expect(plan('Argentina')[0]!.country).toBe('Argentina');
    expect(plan('Argentina')[0]!.corrected).toBeUndefined();
  });

  it('keeps a quoted phrase whole and exact, drops stopwords, and asks for more than one letter', () => {
    expect(plan('"outer space" of the')).toEqual([
      expect.objectContaining({ typed: 'outer space', searches: [{ term: 'outer space', exact: true }] }),
    ]);
    expect(plan('j')).toEqual([]);
    expect(plan('the')).toHaveLength(1);
  });

  it('leaves out a last word of two letters still being typed, not a word of its own ("Japan AI")', () => {
    expect(plan('Japan ex').map((c) => c.typed)).toEqual(['Japan']);
    expect(plan('Japan exp').map((c) => c.typed)).toEqual(['Japan', 'exp']);
    expect(plan('"outer space" ex').map((c) => c.typed)).toEqual(['outer space']);
    expect(plan('Japan AI').map((c) => c.typed)).toEqual(['Japan', 'AI']);
    // No indexed word starts with it: a word the sources lack, so the query matches nothing.
    expect(plan('Japan xq').map((c) => [c.typed, c.unknown])).toEqual([
      ['Japan', false],
      ['xq', true],
    ]);
    // Alone, two letters are searched as the start of words; in the middle of a query, as typed.
    expect(plan('ex').map((c) => c.typed)).toEqual(['ex']);
    expect(plan('ex Japan').map((c) => c.typed)).toEqual(['ex', 'Japan']);
  });

  it('searches an acronym Pagefind stems to a stopword by its other forms only ("INS" is stored as "in")', () => {
    expect(plan('INS')[0]!.searches).toEqual([{ term: 'Indian Nuclear Society', exact: false }]);
  });

  it('leaves out the words that ask, and lets event words and India’s names rank without restricting', () => {
    const q = plan('when did India and Japan sign the agreement');
    expect(q.map((c) => c.typed)).toEqual(['India', 'Japan', 'sign', 'agreement']);
    expect(q.map((c) => Boolean(c.general))).toEqual([true, false, true, false]);
    expect(q[3]!.instrument).toBe(true);
    // Nothing but words that ask, or the start of one ("whic"): nothing to search for yet.
    expect(planQuery('when did', lookup(lexicon))).toEqual({ concepts: [], asksOnly: true });
    expect(planQuery('whic', lookup(lexicon))).toEqual({ concepts: [], asksOnly: true });
    expect(plan('wat').map((c) => c.typed)).toEqual(['wat']);
    expect(plan('water').map((c) => c.typed)).toEqual(['water']);
  });

  it('reads a reader’s word as the sources’ one, and a partner’s other name as the partner', () => {
    const [moon] = plan('moon');
    expect(moon!.searches).toEqual([
      { term: 'moon', exact: true },
      { term: 'lunar', exact: true },
    ]);
    expect(moon!.sectors.map((s) => s.name)).toEqual(['Space']);
    expect(moon!.corrected).toBeUndefined();
    const [holland, water] = plan('Holland water');
    expect(holland!.partner?.name).toBe('Netherlands');
    expect(holland!.searches.map((s) => s.term)).toEqual(['holland', 'Netherlands']);
    expect(water!.typed).toBe('water');
    expect(plan('pact')[0]!.instrument).toBe(true);
  });

  it('reads a year as a date to narrow by, not a word to require', () => {
    expect(plan('Japan 2016')[1]).toMatchObject({ typed: '2016', year: '2016', unknown: false });
    expect(plan('Japan 1999')[1]).toMatchObject({ year: '1999', unknown: true });
    expect(plan('Japan 5000')[1]!.year).toBeUndefined();
  });

  it('works as plain Pagefind when the lexicon is missing', () => {
    const bare = planQuery('xylophone jaxa', () => undefined).concepts;
    expect(bare.map((c) => [c.unknown, c.searches])).toEqual([
      [false, [{ term: 'xylophone', exact: false }]],
      [false, [{ term: 'jaxa', exact: false }]],
    ]);
  });
});
