/**
 * Agreements across documents: merging one instrument named in two sources,
 * the editor's overrides and their error messages, the quote check and the
 * extraction report. Built from tiny in-memory documents through the real stages.
 */
import { describe, expect, it } from 'vitest';
import { compileClassifier } from '../../src/ingest/classify.ts';
import { ingestDocument } from '../../src/ingest/document.ts';
import { formatProblem } from '../../src/ingest/errors.ts';
import { buildAgreements } from '../../src/ingest/agreements/build.ts';
import { verifyQuotes } from '../../src/ingest/agreements/apply-overrides.ts';
import { sectors, type SectorTerms } from '../../src/schemas/config.ts';
import type { Gazetteer } from '../../src/schemas/gazetteer.ts';

const gazetteer: Gazetteer = {
  japan: {
    name: 'Japan',
    adjective: 'Japanese',
    names: ['Japan', 'Japanese'],
    terms: ['JST', 'JSPS', 'MEXT', 'JOGMEC'],
  },
};
const sectorTerms = Object.fromEntries(
  sectors.map((s) => [s, { label: s, terms: [] as string[] }]),
) as SectorTerms;
sectorTerms.energy.terms = ['gas hydrate'];
const classifier = compileClassifier(gazetteer, sectorTerms);

function doc(slug: string, text: string) {
  return ingestDocument(
    { slug, file: `content/sources/${slug}.txt`, meta: { title: slug }, text },
    [],
    classifier,
  );
}

const government = doc(
  'gov',
  [
    'Indo-Japan S&T cooperation was formalized through Inter-Governmental Agreement signed in 1985 between Ministry of External Affairs, Government of India and Ministry of Education, Culture, Sports, Science and Technology, Government of Japan.',
    'A Memorandum of Understanding between Department of Science and Technology (DST), India and with Japan Science and Technology Agency (JST), Japan was signed on 8th December 2006.',
    'An MOU was signed between Directorate General of Hydrocarbons (DGH) & Japan Oil, Gas and Metals National Corporation (JOGMEC) on 16th February 2007 for collaboration on gas hydrate. Initially, the same was valid for 5 years i.e. till 15th February 2012. The second extension was done for three years till 15th February 2019.',
  ].join('\n\n'),
);
const paper = doc(
  'paper',
  [
    "Science and Technology Co-operation between India and Japan formally began in 1985 through an MOU between India's Ministry of External Affairs and the Japanese Ministry of Education, Culture, Sports, Science and Technology.",
    "Key initiatives included the 2006 MOU between Japanese Science and Technology Agency (JST) and India's Department of Science and Technology (DST).",
    "While several MOU's have been signed between Indian and Japanese ministries, the translation of these agreements into outcomes remains limited.",
  ].join('\n\n'),
);
const documents = [government, paper];
const build = (overrides?: string) =>
  buildAgreements(
    documents,
    {
      gazetteer,
      sectorTerms,
      ...(overrides === undefined ? {} : { overrides: { file: 'content/agreements.yml', text: overrides } }),
    },
    classifier,
  );

describe('one instrument in several documents', () => {
  const { agreements, problems } = build();
  it('is one record citing both, with the most precise date', () => {
    expect(problems).toEqual([]);
    const mou = agreements.filter((r) => r.parties.some((p) => p.acronym === 'JST'));
    expect(mou).toHaveLength(1);
    expect(mou[0]!.date).toBe('2006-12-08');
    expect(mou[0]!.sources.map((s) => s.source)).toEqual(['gov', 'paper']);
  });
  it('keeps the most formal type the sources give: the 1985 "Inter-Governmental Agreement" is also an "MOU"', () => {
    const igas = agreements.filter((r) => r.date === '1985');
    expect(igas).toHaveLength(1);
    expect(igas[0]!.type).toBe('inter-governmental-agreement');
    expect(igas[0]!.sources).toHaveLength(2);
  });
  it('records extensions as status, with the latest end date, and keeps the signing date', () => {
    const dgh = agreements.find((r) => r.parties.some((p) => p.acronym === 'DGH'))!;
    expect(dgh.date).toBe('2007-02-16');
    expect(dgh.status).toEqual({ state: 'extended', on: null, until: '2019-02-15' });
    expect(dgh.sectors).toEqual(['energy']);
    expect(dgh.sources).toHaveLength(3);
  });
  it('reports a sentence that speaks of agreements but names none', () => {
    const { agreementReport } = build();
    expect(agreementReport.unmatched.map((u) => u.sentence)).toContain(
      "While several MOU's have been signed between Indian and Japanese ministries, the translation of these agreements into outcomes remains limited.",
    );
  });
});

const problemText = (overrides: string) => build(overrides).problems.map(formatProblem).join('\n');

describe('overrides', () => {
  const id = build().agreements.find((r) => r.parties.some((p) => p.acronym === 'JST'))!.id;

  it('renames, adds and drops records', () => {
    const { agreements, problems } = build(`overrides:
  - rename: ${id}
    id: dst-jst-mou-2006
    name: DST–JST Memorandum of Understanding
    why: readers search for it by the agencies
  - add:
      id: hope-meetings
      name: HOPE Meetings
      type: programme
      partner: japan
      sources: [{source: gov, quote: "Initially, the same was valid for 5 years i.e. till 15th February 2012."}]
    why: test
`);
    expect(problems).toEqual([]);
    const renamed = agreements.find((r) => r.id === 'dst-jst-mou-2006')!;
    expect(renamed.name).toBe('DST–JST Memorandum of Understanding');
    expect(renamed.aliases).toContain(build().agreements.find((r) => r.id === id)!.name);
    expect(agreements.find((r) => r.id === 'hope-meetings')!.sources[0]!.anchor).toMatch(
      /^p-an-mou-was-signed/,
    );
  });

  it('a cited sentence adds the sectors it speaks of, and a record with a sector is no longer "general"', () => {
    const iga = build().agreements.find((r) => r.date === '1985')!;
    expect(iga.sectors).toEqual(['general']);
    const quote =
      'An MOU was signed between Directorate General of Hydrocarbons (DGH) & Japan Oil, Gas and Metals National Corporation (JOGMEC) on 16th February 2007 for collaboration on gas hydrate.';
    const { agreements, problems } = build(
      `overrides:\n  - cite: ${iga.id}\n    sources:\n      - {source: gov, quote: "${quote}"}\n    why: test\n`,
    );
    expect(problems).toEqual([]);
    const cited = agreements.find((r) => r.id === iga.id)!;
    expect(cited.sources.map((s) => s.quote)).toContain(quote);
    expect(cited.sectors).toEqual(['energy']);
  });

  it('names the line, the missing record and the nearest id', () => {
    expect(problemText(`overrides:\n  - drop: dst-jst-mou\n    why: test\n`)).toBe(
      `content/agreements.yml: line 2: overrides[0].drop: names record "dst-jst-mou", which does not exist\n  fix: use an id from content/generated/agreements.json (did you mean "${id}"?), or remove this override; if a source was edited, the sentence this record came from may have changed: point the override at the record's new id or remove it`,
    );
  });

  it('refuses a quote that is not verbatim in its source, naming the file and the line', () => {
    const text = problemText(
      `overrides:\n  - cite: ${id}\n    sources:\n      - {source: paper, quote: "The 2006 MoU between JST and DST."}\n    why: test\n`,
    );
    expect(text).toContain(
      'content/agreements.yml: line 4: overrides[0].sources[0].quote: quote is not verbatim in content/sources/paper.txt: "The 2006 MoU between JST and DST."',
    );
    expect(text).toContain('fix: copy the sentence exactly as the source writes it');
  });

  it('refuses an unknown source, an unknown partner and a misspelt field', () => {
    expect(
      problemText(`overrides:\n  - cite: ${id}\n    sources: [{source: nope, quote: x}]\n    why: t\n`),
    ).toContain('names source "nope", which does not exist');
    expect(
      problemText(`overrides:\n  - correct: ${id}\n    set: {partner: atlantis}\n    why: t\n`),
    ).toContain('names partner "atlantis", which is not in content/partners.yml');
    expect(problemText(`overrides:\n  - correct: ${id}\n    set: {dates: '2006'}\n    why: t\n`)).toMatch(
      /line 3: field `overrides\.0\.set\.dates`: is not a known field/,
    );
    expect(problemText(`overrides:\n  - rename: ${id}\n    name: X\n`)).toMatch(
      /line 2: field `overrides\.0\.why`/,
    );
  });
});

describe('the quote check', () => {
  it('names the record whose quote is not verbatim in its source', () => {
    const { agreements } = build();
    const tampered = agreements.map((r, i) =>
      i === 0 ? { ...r, sources: [{ ...r.sources[0]!, quote: `${r.sources[0]!.quote} (edited)` }] } : r,
    );
    const sources = new Map(documents.map((d) => [d.slug, { slug: d.slug, file: d.file, blocks: d.blocks }]));
    const problems = verifyQuotes(tampered, sources, 'content/generated/agreements.json');
    expect(problems).toHaveLength(1);
    expect(formatProblem(problems[0]!)).toContain(
      `record "${agreements[0]!.id}" sources[0]: quote is not verbatim in content/sources/`,
    );
    expect(verifyQuotes(agreements, sources, 'x')).toEqual([]);
  });
});

describe('recordId', () => {
  it('gives the first record of a name the plain id and later ones the lowest free suffix, even where a name itself ends in a number', async () => {
    const { noTakenIds, recordId } = await import('../../src/ingest/agreements/name-record.ts');
    // The definition, counting from 2 every time.
    const naive = (names: [string, string | null][]) => {
      const ids = new Set<string>();
      return names.map(([name, date]) => {
        const stem = recordId(name, date, noTakenIds());
        let id = stem;
        for (let n = 2; ids.has(id); n++) id = `${stem}-${n}`;
        ids.add(id);
        return id;
      });
    };
    const names: [string, string | null][] = [
      ['India–UK agreement', null],
      ['India–UK agreement', null],
      ['India–UK agreement 3', null],
      ['India–UK agreement', null],
      ['India–UK agreement', '2020-05'],
      ['India–UK agreement', '2020'],
      ['India–UK agreement 2020', null],
      ['India–UK agreement', null],
      ['India–UK agreement 2', null],
      ['India–UK agreement 2', null],
      ['India–UK agreement', null],
    ];
    const taken = noTakenIds();
    const ids = names.map(([name, date]) => recordId(name, date, taken));
    expect(ids).toEqual(naive(names));
    expect(ids.slice(0, 5)).toEqual([
      'india-uk-agreement',
      'india-uk-agreement-2',
      'india-uk-agreement-3',
      'india-uk-agreement-4',
      'india-uk-agreement-2020',
    ]);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
