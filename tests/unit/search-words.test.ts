import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  foldWord,
  indexedWords,
  isAcronymShaped,
  phraseKey,
  spellsAcronym,
  withinOneEdit,
} from '../../src/search/text.ts';
import { acronymPairs, recordAcronyms } from '../../src/search/record-terms.ts';
import { runIngest } from '../../src/ingest/cli.ts';

describe('words as Pagefind searches them', () => {
  it('folds case, diacritics and the punctuation Pagefind drops', () => {
    expect(foldWord('FIN-Q')).toBe('finq');
    expect(foldWord('(JST)')).toBe('jst');
    expect(foldWord('Åland')).toBe('aland');
    expect(foldWord('S&T')).toBe('st');
    expect(foldWord('5G')).toBe('5g');
  });

  it('indexes a joined word whole and by its parts, as Pagefind splits compounds', () => {
    expect(indexedWords('ISRO–-JAXA signed (IUSSTF).')).toEqual([
      'isrojaxa',
      'isro',
      'jaxa',
      'signed',
      'iusstf',
    ]);
  });

  it('keys a phrase by the stems of its content words, so plurals and stopwords do not matter', () => {
    expect(phraseKey('Japan Society for the Promotion of Science')).toBe(
      phraseKey('japan societies promotion science'),
    );
    expect(phraseKey('the of')).toBe('');
  });
});

describe('acronyms', () => {
  it('knows an acronym by its capitals, not a capitalised compound', () => {
    for (const w of ['JAXA', 'MoU', 'iCET', 'LeadIT', 'FIN-Q', 'CERT-In', 'S&T', '(IJDP)'])
      expect(isAcronymShaped(w), w).toBe(true);
    for (const w of ['Japan', 'Indo-US', 'India-Japan', 'X-ray', 'A', 'ai'])
      expect(isAcronymShaped(w), w).toBe(false);
  });

  it('reads an acronym off the initials of its expansion, stopwords optional', () => {
    expect(spellsAcronym('MoU', ['Memorandum', 'of', 'Understanding'])).toBe(true);
    expect(spellsAcronym('DST', 'Department of Science & Technology'.split(' '))).toBe(true);
    expect(spellsAcronym('JAMSTEC', 'Japan Agency for Marine-Earth Science and Technology'.split(' '))).toBe(
      true,
    );
    expect(spellsAcronym('FIN-Q', 'Finland India Quantum'.split(' '))).toBe(true);
    expect(spellsAcronym('AI', ['and', 'cooperation', 'in'])).toBe(true); // the span rule excludes stopword ends
    expect(spellsAcronym('KEK', ['Belle', 'II', 'India'])).toBe(false);
    expect(spellsAcronym('JST', ['Japan', 'Science'])).toBe(false);
  });

  it('finds a misspelling one edit away: a letter added, dropped, replaced or two swapped', () => {
    expect(withinOneEdit('fullbright', 'fulbright')).toBe(true);
    expect(withinOneEdit('semiconducter', 'semiconductor')).toBe(true);
    expect(withinOneEdit('quantom', 'quantum')).toBe(true);
    expect(withinOneEdit('akatuzuki', 'akatsuki')).toBe(false);
    expect(withinOneEdit('akatuski', 'akatsuki')).toBe(true);
    expect(withinOneEdit('quantum', 'quantum')).toBe(true);
    expect(withinOneEdit('hydrogen', 'hydrate')).toBe(false);
  });
});

describe('what a record says about its names', () => {
  const record = {
    name: 'DST–JST Letter of Intent on the Strategic International Cooperative Program (SICP)',
    aliases: ['LoI', 'Finland India Quantum Network (FIN-Q)'],
    parties: [
      { name: 'Japan Science and Technology Agency', acronym: 'JST' },
      { name: 'DST', acronym: null },
    ],
  };

  it('pairs every acronym it states with its expansion: parties, brackets, initials', () => {
    expect(acronymPairs(record)).toEqual([
      { acronym: 'JST', expansion: 'Japan Science and Technology Agency' },
      { acronym: 'SICP', expansion: 'Strategic International Cooperative Program' },
      { acronym: 'FIN-Q', expansion: 'Finland India Quantum Network' },
      { acronym: 'LoI', expansion: 'Letter of Intent' },
    ]);
  });

  it("names its own acronyms, not its parties' nor the instrument's", () => {
    expect(recordAcronyms(record, new Set(['loi']))).toEqual(['SICP', 'FIN-Q']);
  });

  it('never pairs a place in brackets or a roman numeral', () => {
    const belle = { name: 'Belle II India (KEK)', aliases: [], parties: [] };
    expect(acronymPairs(belle)).toEqual([]);
    expect(recordAcronyms(belle, new Set())).toEqual(['KEK']);
  });

  it('on every real record, an expansion is words of the record and never the acronym itself', () => {
    // The real ingest on the real content, into a temporary folder: a fresh clone has no generated files yet.
    const result = runIngest({
      contentDir: join(import.meta.dirname, '../../content'),
      outDir: mkdtempSync(join(tmpdir(), 'atlas-search-words-')),
    });
    if (!result.ok) throw new Error(result.problems.map((p) => `${p.file}: ${p.message}`).join('\n'));
    const records = result.output.agreements;
    for (const r of records)
      for (const p of acronymPairs(r)) {
        expect(p.expansion.split(/\s+/).length, `${r.name}: ${p.acronym}`).toBeGreaterThan(0);
        expect(foldWord(p.expansion)).not.toBe(foldWord(p.acronym));
      }
  });
});
