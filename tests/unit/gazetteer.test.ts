/**
 * Every country is known: the gazetteer starts from the country dataset, the
 * editors' file adds only what the dataset cannot know, and partners carry the
 * ISO codes the world map matches shapes by.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileClassifier } from '../../src/ingest/classify.ts';
import { formatProblem } from '../../src/ingest/errors.ts';
import { ingestCorpus } from '../../src/ingest/pipeline.ts';
import { parseYaml } from '../../src/ingest/yaml-data.ts';
import { sectorTermsSchema } from '../../src/schemas/config.ts';
import { countriesFromDataset } from '../../src/schemas/countries.ts';
import { gazetteerSchema } from '../../src/schemas/gazetteer.ts';

const read = (name: string) => readFileSync(new URL(`../../content/${name}`, import.meta.url), 'utf8');
const parsed = parseYaml(gazetteerSchema, read('partners.yml'), 'content/partners.yml');
const sectors = parseYaml(sectorTermsSchema, read('sectors.yml'), 'content/sectors.yml');
if (!parsed.ok || !sectors.ok) throw new Error('content/partners.yml or sectors.yml is invalid');
const gazetteer = parsed.value;
const classifier = compileClassifier(
  gazetteer,
  sectors.value,
  ['cooperation', 'renewed', 'agreement', 'partnerships'],
  ['QUAD'],
);

describe('the gazetteer', () => {
  it('knows countries nobody listed, with their ISO codes', () => {
    expect(gazetteer.denmark).toMatchObject({
      name: 'Denmark',
      adjective: 'Danish',
      iso2: 'DK',
      iso3: 'DNK',
      isoNumeric: '208',
    });
    expect(gazetteer['south-africa']).toMatchObject({ iso3: 'ZAF', isoNumeric: '710' });
    expect(gazetteer.india).toBeUndefined();
  });
  it('knows a country by the short form of its formal name, unless two countries share it', () => {
    // The dataset calls Turkey "Türkiye"; "Republic of Turkey" gives the name readers still write.
    expect(classifier.presentedAsPartners('India and Turkey signed an MoU on science in 2010.')).toEqual([
      'turkiye',
    ]);
    expect(gazetteer['cape-verde']?.names ?? gazetteer['cabo-verde']?.names).toContain('Cabo Verde');
    // A short form two countries' formal names give names neither.
    const country = (common: string, official: string, cca3: string) => ({
      name: { common, official },
      cca2: cca3.slice(0, 2),
      cca3,
      ccn3: '',
      independent: true,
      altSpellings: [],
      demonyms: {},
    });
    const [east, west] = countriesFromDataset([
      country('Eastland', 'Republic of Ruritania', 'EAS'),
      country('Westland', 'Kingdom of Ruritania', 'WES'),
    ]);
    expect([...east!.names, ...west!.names]).not.toContain('Ruritania');
    expect(countriesFromDataset([country('Eastland', 'Republic of Ruritania', 'EAS')])[0]!.names).toContain(
      'Ruritania',
    );
  });
  it('keeps the editors’ additions: agencies, spellings, flags, and a partner that is not a country', () => {
    expect(gazetteer.japan!.terms).toContain('JAXA');
    expect(gazetteer.japan!.emblem).toBeDefined();
    expect(gazetteer['united-states']!.names).toEqual(expect.arrayContaining(['United States', 'USA', 'US']));
    expect(gazetteer['south-korea']!.adjective).toBe('Korean');
    expect(gazetteer['european-union']).toMatchObject({ name: 'European Union' });
    expect(gazetteer['european-union']!.iso2).toBeUndefined();
  });
  it('gives each partner’s agencies as terms, unless two partners share one', () => {
    expect(gazetteer.canada!.agencies).toContainEqual({ name: 'Natural Resources Canada', acronym: 'NRCan' });
    expect(gazetteer.canada!.terms).toEqual(expect.arrayContaining(['NRCan', 'Natural Resources Canada']));
    // A name without its country's words ("Ministry of University and Research") names no partner alone.
    expect(gazetteer.italy!.terms).toContain('MUR');
    expect(gazetteer.italy!.terms).not.toContain('Ministry of University and Research');
    // NRF is Korea's and South Africa's: it names neither.
    expect(gazetteer['south-korea']!.terms ?? []).not.toContain('NRF');
    expect(gazetteer['south-africa']!.terms ?? []).not.toContain('NRF');
  });
  it('says what to do with an entry the dataset does not know', () => {
    const bad = parseYaml(gazetteerSchema, 'atlantis:\n  terms: [AOSA]\n', 'content/partners.yml');
    expect(bad.ok).toBe(false);
    if (!bad.ok)
      expect(formatProblem(bad.problems[0]!)).toMatch(
        /^content\/partners\.yml: line 2: field `atlantis`: "atlantis" is not a country the dataset knows \(world-countries\), so it needs name, adjective and names; for a country, use the dataset's id, e\.g\. south-korea/,
      );
  });
});

describe('which countries a text presents as partners', () => {
  it('pairs a country with India however it is written', () => {
    expect(classifier.presentedAsPartners('India and Denmark signed an agreement.')).toEqual(['denmark']);
    expect(classifier.presentedAsPartners('the Indo-Danish steering group')).toEqual(['denmark']);
    expect(classifier.presentedAsPartners('the India–Canada Industrial R&D Programme')).toEqual(['canada']);
    expect(classifier.presentedAsPartners('the Norway India Partnership Initiative')).toEqual(['norway']);
  });
  it('reads the Soviet Union as Russia', () => {
    expect(
      classifier.presentedAsPartners('India and the Soviet Union signed a long-term programme.'),
    ).toEqual(['russia']);
  });
  it('counts cooperation "with" a list of countries, and a section headed by a country', () => {
    expect(
      classifier.presentedAsPartners('Programmes of Cooperation were renewed with South Africa and Egypt.'),
    ).toEqual(['egypt', 'south-africa']);
    expect(classifier.presentedAsPartners('9.5 Egypt')).toEqual(['egypt']);
  });
  it('makes no partner of a venue, a comparison or a passing mention', () => {
    expect(classifier.presentedAsPartners('a conference in Vienna last year')).toEqual([]);
    expect(classifier.presentedAsPartners('the Ministerial, held in Copenhagen and Malmö')).toEqual([]);
    expect(
      classifier.presentedAsPartners('telescopes are being built in South Africa and Australia'),
    ).toEqual([]);
    expect(classifier.presentedAsPartners('growth compared with China')).toEqual([]);
    expect(
      classifier.presentedAsPartners(
        'India attempts to balance multiple partnerships, including with Russia.',
      ),
    ).toEqual([]);
    expect(
      classifier.presentedAsPartners('In 2023, QUAD announced cooperation with Palau to build networks.'),
    ).toEqual([]);
  });
});

describe('a document about India and Denmark', () => {
  const out = ingestCorpus(
    [
      {
        slug: 'india-denmark',
        file: 'content/sources/india-denmark.txt',
        meta: { title: 'India and Denmark' },
        text: 'India and Denmark signed an agreement on green hydrogen in Copenhagen.\n\nThe first projects start in 2026.',
      },
    ],
    { gazetteer, sectorTerms: sectors.value, rules: [] },
  );
  it('gets a Denmark page with its ISO codes, and no page for anything else', () => {
    expect(out.partners.map((p) => [p.id, p.iso2, p.iso3, p.isoNumeric])).toEqual([
      ['denmark', 'DK', 'DNK', '208'],
    ]);
    expect(out.files.map((f) => f.path)).toContain('countries/denmark/india-denmark.mdx');
  });
});
