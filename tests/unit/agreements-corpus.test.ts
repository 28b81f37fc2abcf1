/**
 * The five real sources yield the instruments the issue names, each once,
 * with the dates and statuses the texts state. Runs the real ingest on the
 * real content folder (including the editor's overrides) into a temp folder.
 */
import { partyKey } from '../../src/utils/names.ts';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runIngest } from '../../src/ingest/cli.ts';
import { agreementRelations, sortedAgreements } from '../../src/utils/agreements.ts';

const result = runIngest({
  contentDir: join(import.meta.dirname, '../../content'),
  outDir: mkdtempSync(join(tmpdir(), 'atlas-agreements-')),
});
if (!result.ok) throw new Error(result.problems.map((p) => `${p.file}: ${p.message}`).join('\n'));
const records = result.output.agreements;
const byId = (id: string) => {
  const r = records.find((x) => x.id === id);
  if (!r) throw new Error(`no record ${id}`);
  return r;
};

describe('records the five sources must yield', () => {
  it('the 1985 India–Japan agreement, once, citing the DST page and the IJCCI paper', () => {
    const r = byId('india-japan-st-agreement-1985');
    expect(r).toMatchObject({ type: 'inter-governmental-agreement', partner: 'japan', date: '1985-08' });
    expect(new Set(r.sources.map((s) => s.source))).toEqual(
      new Set(['india-japan-st-cooperation', 'ijcci-bridging-innovation']),
    );
    expect(records.filter((x) => x.date?.startsWith('1985'))).toHaveLength(1);
  });
  it('the DST–JST MoU of 8 December 2006, in two documents', () => {
    const r = byId('dst-jst-mou-2006');
    expect(r.date).toBe('2006-12-08');
    expect(r.parties.map((p) => p.acronym)).toEqual(expect.arrayContaining(['DST', 'JST']));
    expect(new Set(r.sources.map((s) => s.source)).size).toBe(2);
  });
  it('the four ISRO–JAXA implementing arrangements, under the 2016 MoU', () => {
    const ias = records.filter(
      (x) => x.type === 'implementing-arrangement' && x.parties.some((p) => p.acronym === 'JAXA'),
    );
    expect(ias.map((x) => x.date)).toEqual(['2017-01-20', '2018-06', '2019-11', '2021-03-11']);
    expect(new Set(ias.map((x) => x.parent))).toEqual(new Set(['isro-jaxa-mou-2016']));
  });
  it('the CERT-In–JPCERT/CC MoC, renewed on 12 November 2021, with no invented signing date', () => {
    expect(byId('cert-in-jpcert-cc-moc')).toMatchObject({
      type: 'moc',
      date: null,
      status: { state: 'renewed', on: '2021-11-12', until: null },
    });
  });
  it('the DGH–JOGMEC gas hydrate MoU of 16 February 2007 with its extensions', () => {
    const r = byId('dgh-jogmec-mou-2007');
    expect(r).toMatchObject({ date: '2007-02-16', status: { state: 'extended', until: '2024-02-15' } });
    expect(r.sources.length).toBeGreaterThanOrEqual(4);
  });
  it('the 2018 Digital Partnership MoC, once, citing both documents', () => {
    const r = byId('ijdp');
    expect(r.date).toBe('2018-10-29');
    expect(new Set(r.sources.map((s) => s.source))).toEqual(
      new Set(['india-japan-st-cooperation', 'ijcci-bridging-innovation']),
    );
  });
  it.each([
    ['fin-q', 'finland', 'initiative'],
    ['igstc', 'germany', 'institution'],
    ['usiai', 'united-states', 'initiative'],
    ['icet', 'united-states', 'initiative'],
    ['dst-mti-mou-2022', 'singapore', 'mou'],
    ['india-uk-agreement-on-science-research-and-innovation', 'united-kingdom', 'agreement'],
  ])('%s (%s, %s)', (id, partner, type) => {
    expect(byId(id)).toMatchObject({ partner, type });
  });
  it('several dozen instruments from the DST page alone', () => {
    expect(
      records.filter((r) => r.sources.some((s) => s.source === 'india-japan-st-cooperation')).length,
    ).toBeGreaterThanOrEqual(50);
  });
  it('gives every record a unique id and at least one quote', () => {
    expect(new Set(records.map((r) => r.id)).size).toBe(records.length);
    expect(records.every((r) => r.sources.length > 0)).toBe(true);
  });
});

describe('relations between records (agreement pages)', () => {
  // The definition, written the slow way: the page's indexed version must agree with it on every record.
  const naive = (record: (typeof records)[number]) => {
    const keys = new Set(record.parties.map(partyKey));
    return {
      parent: records.find((r) => r.id === record.parent),
      children: sortedAgreements(records.filter((r) => r.parent === record.id)),
      related: sortedAgreements(
        records.filter(
          (r) =>
            r.id !== record.id &&
            r.id !== record.parent &&
            r.parent !== record.id &&
            r.parties.some((p) => keys.has(partyKey(p))),
        ),
      ).slice(0, 12),
    };
  };

  it('parent, children and up to 12 records sharing a party, for every record', () => {
    const relationsOf = agreementRelations(records, 12);
    const ids = (r: {
      parent: { id: string } | undefined;
      children: { id: string }[];
      related: { id: string }[];
    }) => ({
      parent: r.parent?.id,
      children: r.children.map((x) => x.id),
      related: r.related.map((x) => x.id),
    });
    for (const record of records) expect(ids(relationsOf(record)), record.id).toEqual(ids(naive(record)));
    // Not vacuous: the five sources have parents, children and shared parties.
    expect(records.filter((r) => relationsOf(r).children.length > 0).length).toBeGreaterThan(5);
    expect(records.filter((r) => relationsOf(r).related.length === 12).length).toBeGreaterThan(5);
  });
});
