/**
 * The extraction evaluation: scoring as the test set's README defines it, and
 * one clear line for each kind of bad input.
 */
import { agreement } from '../support/agreement.ts';
import { describe, expect, it } from 'vitest';
import {
  figuresOf,
  gramShare,
  partyFound,
  passesMustName,
  scoreExtraction,
  summaryLine,
} from '../../src/harness/extraction-score.ts';
import { formatTestSetProblem, readTestSet } from '../../src/harness/extraction-testset.ts';
import type { Agreement } from '../../src/schemas/agreement.ts';
import type { Devset } from '../../src/schemas/devset.ts';

const bytes = (s: string) => new TextEncoder().encode(s);

describe('scoring rules', () => {
  it('matches must_name at the start of a word, accents folded, any alternative', () => {
    expect(passesMustName(['biotech'], ['DBT MoU on Biotechnology'])).toBe(true);
    expect(passesMustName(['ic impacts'], ['IC-IMPACTS'])).toBe(true);
    expect(passesMustName(['otech'], ['Biotechnology'])).toBe(false);
    expect(passesMustName(['jstcc|joint science'], ['The Joint Science Committee'])).toBe(true);
    expect(passesMustName(['elettra', 'beamline'], ['Élettra beamlines'])).toBe(true);
    expect(passesMustName(['elettra', 'beamline'], ['Elettra'])).toBe(false);
  });
  it('counts word 4-grams after plain dashes and quotes, each quote on its own', () => {
    expect(gramShare('the India–Canada Science and Technology Agreement', ['India-Canada Science and'])).toBe(
      1 / 4,
    );
    expect(gramShare('a b c d e', ['a b c', 'd e'])).toBe(0);
    expect(gramShare('a b c d e', ['x a b c d e y'])).toBe(1);
  });
  it('finds an expected party among the record’s party names and acronyms', () => {
    const record = {
      parties: [
        { name: 'Department of Science and Technology', acronym: 'DST', side: 'india' as const },
        { name: 'Danfoss Industries Pvt. Ltd.', acronym: null, side: 'partner' as const },
      ],
    };
    expect(partyFound('DST', record)).toBe(true);
    expect(partyFound('Danfoss Industries', record)).toBe(true);
    expect(partyFound('Danish Patent and Trademark Office', record)).toBe(false);
  });
});

const devset: Devset = {
  docs: { a: { title: 'A' } },
  records: [
    {
      id: 'x-mou',
      doc: 'a',
      also_in: [],
      partner: 'denmark',
      name: 'X MoU on biotechnology',
      must_name: ['biotech'],
      type: 'mou',
      date: '2004-10',
      parties: ['DBT', 'Danish Agency'],
      quote: 'the Department of Biotechnology and the Danish Agency signed a Memorandum of Understanding',
    },
    {
      id: 'y-call',
      doc: 'a',
      also_in: [],
      partner: 'denmark',
      name: 'Y call',
      must_name: ['call'],
      type: 'programme',
      date: null,
      parties: [],
      quote: 'will launch a joint call for bilateral research projects',
    },
  ],
  none: [
    { doc: 'a', quote: 'members of the global initiative to accelerate clean energy', why: 'multilateral' },
  ],
  countries: ['denmark', 'sweden'],
};

const record = (id: string, quote: string, extra: Partial<Agreement> = {}): Agreement =>
  agreement({ id, partner: 'denmark', sources: [{ source: 'a', quote, anchor: 'p' }], ...extra });

describe('scoreExtraction', () => {
  const records = [
    record(
      'dbt-mou',
      'In October 2004, the Department of Biotechnology and the Danish Agency signed a Memorandum of Understanding on cooperation.',
      {
        name: 'DBT–Danish Agency MoU on Biotechnology',
        date: '2004-10',
        parties: [{ name: 'Department of Biotechnology', acronym: 'DBT', side: 'india' }],
      },
    ),
    record('mission', 'Both are members of the global initiative to accelerate clean energy innovation.'),
    record('elsewhere', 'A sentence from another document.', {
      sources: [{ source: 'b', quote: 'q', anchor: 'p' }],
    }),
  ];
  const score = scoreExtraction({ devset, records, partners: ['denmark'] });

  it('matches one to one by partner and 4-grams, and scores the matched fields', () => {
    expect(score.matched.map((m) => [m.expected.id, m.record.id])).toEqual([['x-mou', 'dbt-mou']]);
    expect(score.considered).toBe(2);
    expect(figuresOf(score)).toMatchObject({
      recall: 0.5,
      precision: 0.5,
      name: 1,
      type: 1,
      year: 1,
      parties: 0.5,
    });
  });
  it('lists misses, traps and missing country pages', () => {
    expect(score.misses.map((m) => m.expected.id)).toEqual(['y-call']);
    expect(score.traps.map((t) => t.record.id)).toEqual(['mission']);
    expect(score.spurious).toEqual([]);
    expect(score.countries.missing).toEqual(['sweden']);
  });
  it('sums it up in one line that starts with recall', () => {
    expect(summaryLine(score)).toBe(
      'recall 50% (1/2) · precision 50% · name 100% · type 100% · year 100% · parties 50% · traps 1 · countries 1/2',
    );
  });
  it('does not match a record of another partner', () => {
    const other = scoreExtraction({
      devset,
      records: [{ ...records[0]!, partner: 'sweden' }],
      partners: [],
    });
    expect(other.matched).toEqual([]);
  });
});

describe('bad test sets', () => {
  const text =
    'In October 2004, the Department of Biotechnology and the Danish Agency signed a Memorandum of Understanding. The two will launch a joint call for bilateral research projects. Both are members of the global initiative to accelerate clean energy innovation.';
  const problems = (json: string) => {
    const set = readTestSet(
      [
        { name: 'a.txt', bytes: bytes(text) },
        { name: 'expected.json', bytes: bytes(json) },
      ],
      'set',
    );
    return set.ok ? [] : set.problems.map(formatTestSetProblem);
  };
  it('accepts a good one', () => {
    expect(problems(JSON.stringify(devset))).toEqual([]);
  });
  it('names the line of malformed JSON', () => {
    expect(problems('{\n "docs": {},\n "records": [\n }')).toEqual([
      expect.stringMatching(/^set\/expected\.json: line 4: is not valid JSON: .* \(fix: check the commas/),
    ]);
  });
  it('names the record and the fix for a quote that is not in its document', () => {
    const bad = structuredClone(devset);
    bad.records[1]!.quote = 'will launch a joint call for trilateral research';
    expect(problems(JSON.stringify(bad))).toEqual([
      'set/expected.json: records[1] ("y-call") field `quote`: is not in set/a.txt: "will launch a joint call for trilateral research" (fix: copy the words verbatim from that document (the quote is compared word by word, ignoring punctuation))',
    ]);
  });
  it('names the record, the type and the known types for an unknown type', () => {
    const bad = structuredClone(devset);
    bad.records[0]!.type = 'treaty';
    const [line] = problems(JSON.stringify(bad));
    expect(line).toMatch(
      /^set\/expected\.json: records\[0\] \("x-mou"\) field `type`: "treaty" is not a known type \(fix: use one of: agreement, mou, moc, loi, /,
    );
  });
  it('names a missing field of a record', () => {
    const bad = structuredClone(devset) as unknown as { records: Record<string, unknown>[] };
    delete bad.records[0]!.partner;
    expect(problems(JSON.stringify(bad))).toEqual([
      expect.stringMatching(/^set\/expected\.json: records\[0\] \("x-mou"\) field `partner`: .*\(fix: /),
    ]);
  });
});
