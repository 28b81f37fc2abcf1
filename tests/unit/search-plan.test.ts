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
  partners: [{ name: 'Japan', adjective: 'Japanese', href: '/countries/japan/' }],
  countries: ['Japan', 'Argentina', 'South Africa'],
  sectors: [
    { name: 'Nuclear', href: '/sectors/nuclear/', terms: ['nuclear', 'atomic', 'reactor*'] },
    { name: 'Artificial intelligence', href: '/sectors/ai/', terms: ['AI', 'artificial intelligence'] },
    { name: 'Materials and physics', href: '/sectors/materials-physics/', terms: ['beam line', 'beamline'] },
  ],
  types: [{ label: 'Memorandum of understanding', forms: ['MoU', 'Memoranda of Understanding'] }],
  words: indexedWords(
    'ISRO–-JAXA MoU on outer space Indian Space Research Organisation Japan Aerospace Exploration Agency ' +
      'INS–-JAES Indian Nuclear Society Japanese nuclear atomic semiconductor quantum ai artificial intelligence ' +
      'memorandum of understanding Japan beam line beamline',
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
    expect(lexicon.partners).toEqual([{ name: 'Japan', href: '/countries/japan/' }]);
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

  it('searches an acronym Pagefind stems to a stopword by its other forms only ("INS" is stored as "in")', () => {
    expect(plan('INS')[0]!.searches).toEqual([{ term: 'Indian Nuclear Society', exact: false }]);
  });

  it('works as plain Pagefind when the lexicon is missing', () => {
    const bare = planQuery('xylophone jaxa', () => undefined).concepts;
    expect(bare.map((c) => [c.unknown, c.searches])).toEqual([
      [false, [{ term: 'xylophone', exact: false }]],
      [false, [{ term: 'jaxa', exact: false }]],
    ]);
  });
});
