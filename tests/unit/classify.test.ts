import { describe, expect, it } from 'vitest';
import { attributePartners, compileClassifier } from '../../src/ingest/classify.ts';
import { compileTerms } from '../../src/ingest/terms.ts';
import { sectors, type SectorTerms } from '../../src/schemas/config.ts';

const gazetteer = {
  japan: { name: 'Japan', adjective: 'Japanese', names: ['Japan', 'Japanese'], terms: ['JSPS', 'JAXA'] },
  germany: { name: 'Germany', adjective: 'German', names: ['Germany', 'German'], terms: ['IGSTC'] },
  'united-states': {
    name: 'United States',
    adjective: 'American',
    names: ['US', 'United States'],
    ignore: ['US$'],
  },
  china: { name: 'China', adjective: 'Chinese', names: ['China', 'Chinese'] },
};
const sectorTerms = Object.fromEntries(
  sectors.map((s) => [s, { label: s, terms: [] as string[] }]),
) as SectorTerms;
sectorTerms.quantum.terms = ['quantum'];
sectorTerms.ai.terms = ['AI', 'artificial intelligence'];
const classifier = compileClassifier(gazetteer, sectorTerms);

describe('compileTerms', () => {
  it('matches whole words, possessives and compounds', () => {
    const m = compileTerms(['Japan', 'German']);
    expect(m.find("Japan's leadership")).toEqual(['Japan']);
    expect(m.find('Indo-German cooperation')).toEqual(['German']);
    expect(m.test('Japanese')).toBe(false);
  });
  it('matches acronyms case-sensitively and other words in any case', () => {
    const m = compileTerms(['US', 'quantum']);
    expect(m.test('the US and India')).toBe(true);
    expect(m.test('let us begin')).toBe(false);
    expect(m.test('QUANTUM computing')).toBe(true);
  });
  it('ignores declared phrases', () => {
    expect(compileTerms(['US'], ['US$']).test('worth US$ 17 billion')).toBe(false);
  });
});

describe('partner attribution', () => {
  it('finds partners by name, demonym and agency', () => {
    expect(classifier.partners('JSPS and IGSTC met')).toEqual(['japan', 'germany']);
    expect(classifier.partners('India and the US launched USIAI')).toEqual(['united-states']);
  });
  it('gives a paragraph that names no partner to the partners of the one before', () => {
    const blocks = attributePartners(
      [
        { text: 'Intro with no partner.' },
        { text: 'Germany signed.' },
        { text: 'Both parties agreed.' },
        { text: 'Japan next.' },
      ],
      classifier.partners,
    );
    expect(blocks.map((b) => b.partners)).toEqual([[], ['germany'], ['germany'], ['japan']]);
  });
  it('counts a country as presented as a partner only when paired with India or named by an agency', () => {
    expect(classifier.presentedAsPartners('India and the US launched USIAI.')).toEqual(['united-states']);
    expect(classifier.presentedAsPartners('Indo-German cooperative relationships')).toEqual(['germany']);
    expect(classifier.presentedAsPartners('The Finland India Quantum Network and Japan–India ties')).toEqual([
      'japan',
    ]);
    expect(classifier.presentedAsPartners('JSPS supported 277 joint projects.')).toEqual(['japan']);
    expect(
      classifier.presentedAsPartners('India is the third largest digitalized country (behind US and China).'),
    ).toEqual([]);
    expect(classifier.presentedAsPartners('a market projected to reach US$ 17 billion in India')).toEqual([]);
  });
  it('assigns sectors from the vocabulary', () => {
    expect(classifier.sectors('a virtual network centre on quantum computing and AI')).toEqual([
      'ai',
      'quantum',
    ]);
  });
});
