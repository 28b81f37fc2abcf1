/**
 * The small agreement stages on sentence fixtures: dates, parties, types,
 * names. Each case is a sentence from (or shaped like) the sources.
 */
import { describe, expect, it } from 'vitest';
import { findDates, parseDate } from '../../src/ingest/agreements/parse-date.ts';
import {
  agencyCore,
  buildAcronymDictionary,
  cleanOrgName,
  findExpansions,
  parseParties,
} from '../../src/ingest/agreements/parse-parties.ts';
import { findMentions } from '../../src/ingest/agreements/find-candidates.ts';
import { instrumentKey, topicOf } from '../../src/ingest/agreements/name-record.ts';

describe('parseDate', () => {
  it.each([
    ['was signed on 8th December 2006.', '2006-12-08'],
    ['was signed in January 2014 at New Delhi.', '2014-01'],
    ['For the F.Y. 2020-21 research area on COVID- 19 related', '2020'],
    ['was signed on 15 January 2021, by H.E. TAKEDA Ryota', '2021-01-15'],
    ['India was included in this programme in 2015.', '2015'],
    ['A memorandum of understanding was signed, in Feb 2012, between', '2012-02'],
    ['has been renewed on November 12, 2021 for a period of five years.', '2021-11-12'],
    ['during December 06-07, 2021.', '2021-12-06'],
    ['in Tokyo on 29 October 2018 between', '2018-10-29'],
    ['was signed on 29th October, 2018.', '2018-10-29'],
    ['held on 2 days across 4 sessions on Sept 9 and 10, 2020', '2020-09-09'],
    ['On February 21st, 2020, the meeting', '2020-02-21'],
    ['the India-Japan Science Council (1992)', '1992'],
  ])('%s → %s', (text, iso) => {
    expect(parseDate(text)).toBe(iso);
  });

  it('reads a day the text names against the dateline, and nothing vaguer', () => {
    const dateline = '2023-12-14';
    const iso = (text: string) => findDates(text, dateline).map((d) => d.iso);
    expect(iso('The two institutes on Wednesday signed a memorandum')).toEqual(['2023-12-13']);
    expect(iso('The programme was signed on April 10 at a meeting')).toEqual(['2023-04-10']);
    expect(iso('signed a contract last month')).toEqual([]);
    expect(iso('the two countries elevated ties two years ago')).toEqual([]);
    expect(findDates('The two institutes on Wednesday signed a memorandum')).toEqual([]);
  });
  it('reads day-first numeric dates, and no impossible day or month', () => {
    expect(parseDate('signed on 12.03.2019 in Lima')).toBe('2019-03-12');
    expect(parseDate('signed on 5/11/2020')).toBe('2020-11-05');
    expect(parseDate('signed on 31.02.2019')).toBeNull();
    expect(parseDate('signed on 12.13.2019')).toBeNull();
  });
  it('takes a year after a capitalised word as part of a name, unless it names a meeting', () => {
    expect(parseDate('a joint call under Horizon 2020, co-funded by both sides')).toBeNull();
    expect(parseDate('signed during the India-Singapore Technology Summit 2022')).toBe('2022');
  });
  it('gives no date where the text gives none, and never guesses one', () => {
    expect(parseDate('Last month, the Indian government signed a deal with Finland.')).toBeNull();
    expect(parseDate('after science minister Jitendra Singh visited London in April.')).toBeNull();
    expect(parseDate("Space collaborations did begin in the 1960's")).toBeNull();
    expect(parseDate('the TRUST initiative (White House, 2025).')).toBeNull();
    expect(parseDate('worth US$ 450 million/approx. Rs.3,500 crore')).toBeNull();
  });

  it('reads "till", "upto" and "by" dates as ends, not events', () => {
    const dates = findDates('Initially, the same was valid for 5 years i.e. till 15th February 2012.');
    expect(dates.map((d) => [d.iso, d.role])).toEqual([['2012-02-15', 'until']]);
    expect(findDates('it has been further extended upto March 2023.').map((d) => d.role)).toEqual(['until']);
  });
});

const corpus = [
  'An Implementation Arrangement (IA) between DST & Ministry of Science and Technology and the Ministry of Education, Culture, Sports, Science & Technology (MEXT) was signed in January 2014.',
  'Japan Aerospace Exploration Agency (JAXA) and Indian Space Research Organisation (ISRO) signed.',
  'A Memorandum of Understanding (MoU) was signed between Directorate General of Hydrocarbons (DGH) & Japan Oil, Gas and Metals National Corporation (JOGMEC).',
  'KEK (The High Energy Accelerator Research Organization), Tsukuba, Japan',
];
const dictionary = buildAcronymDictionary(corpus.flatMap(findExpansions));
const isPartner = (t: string) => /\b(?:Japan|Japanese|JAXA|JOGMEC|MEXT|KEK|METI|MIC|MOFA)\b/.test(t);
const parties = (text: string) =>
  parseParties(text, { dictionary, isPartner }).map(
    (p) => `${p.name}${p.acronym && p.acronym !== p.name ? ` (${p.acronym})` : ''} [${p.side}]`,
  );

describe('parseParties', () => {
  it('expands an acronym that another sentence of the corpus expands', () => {
    expect(parties('ISRO and JAXA signed an Memorandum of Understanding on 11 November 2016.')).toEqual([
      'Indian Space Research Organisation (ISRO) [india]',
      'Japan Aerospace Exploration Agency (JAXA) [partner]',
    ]);
  });
  it('recognises a long name written without its acronym, and drops the country it belongs to', () => {
    expect(
      parties(
        'formalized through Inter-Governmental Agreement signed in 1985 between Ministry of External Affairs, Government of India and Ministry of Education, Culture, Sports, Science and Technology, Government of Japan.',
      ),
    ).toEqual([
      'Ministry of External Affairs [india]',
      'Ministry of Education, Culture, Sports, Science & Technology (MEXT) [partner]',
    ]);
  });
  it('reads "between X, Japan and Y, India" for short names nobody expanded', () => {
    expect(
      parties(
        'Another MoC for Medical Products Regulation between PMDA, Japan and CDSCO, India was signed in December 2015.',
      ),
    ).toEqual(['PMDA [partner]', 'CDSCO [india]']);
  });
  it('drops the country after a name for any country the dataset knows, not only the first partner', () => {
    expect(cleanOrgName('Korea Meteorological Administration, South Korea')).toBe(
      'Korea Meteorological Administration',
    );
    expect(cleanOrgName('Brazilian Space Agency, Brazil')).toBe('Brazilian Space Agency');
    expect(cleanOrgName('Japan Science and Technology Agency, Japan')).toBe(
      'Japan Science and Technology Agency',
    );
    // India's "of India" is the side; a partner's "of Norway" stays, so its adjective can be read from it.
    expect(cleanOrgName('Department of Science and Technology of India')).toBe(
      'Department of Science and Technology',
    );
    expect(cleanOrgName('Ministry of Foreign Affairs of Norway')).toBe(
      'Ministry of Foreign Affairs of Norway',
    );
  });
  it('names no government as a party: the record’s partner already says which countries sign', () => {
    expect(
      parties('An MoC was signed between the Governments of India and Japan on 1st September 2014'),
    ).toEqual([]);
  });
  it('knows an agency by its country’s words and its own: "Department of Natural Resources of Canada" is NRCan', () => {
    const dictionary = buildAcronymDictionary(
      [],
      [
        { name: 'Natural Resources Canada', acronym: 'NRCan', country: 'canada' },
        { name: 'Geological Survey of India', acronym: 'GSI', country: 'india' },
      ],
      (name) => agencyCore(name, new Set(['canada', 'canadian', 'india', 'indian'])),
    );
    expect(dictionary.acronymOf('Department of Natural Resources of Canada', ['canada'])).toBe('NRCan');
    // Without its country named, a ministry's words could be anyone's.
    expect(dictionary.acronymOf('Department of Natural Resources')).toBeUndefined();
    expect(dictionary.knownAcronym('Geological Survey of India')).toBe('GSI');
  });
  it('reads a signatory cell: the office, then the organisation', () => {
    expect(parties('Director General, Geological Survey of India')).toEqual([
      'Geological Survey of India [india]',
    ]);
  });
  it('names no person’s portfolio as a party', () => {
    expect(
      parties("visit to New Delhi of Italy's Minister of University and Research, Anna Maria Bernini"),
    ).toEqual([]);
  });
  it('takes an acronym written before its name ("KEK (The High Energy …)")', () => {
    expect(parties('signed between the Department of Atomic Energy (DAE) and KEK to establish')).toContain(
      'The High Energy Accelerator Research Organization (KEK) [partner]'.replace('The ', ''),
    );
  });
});

const types = (text: string) =>
  findMentions(text).map(
    (m) =>
      `${m.type}${m.named ? `: ${m.named}` : ''}${m.anaphor ? ' (anaphor)' : ''}${m.parentRef ? ' (parent)' : ''}`,
  );

describe('findMentions (types and names)', () => {
  it.each([
    ['A Memorandum of Understanding between DST and JST was signed on 8th December 2006.', ['mou']],
    [
      'MOC on India-Japan Digital Partnership (IJDP) was signed',
      ['moc: MOC on India-Japan Digital Partnership'],
    ],
    ['A Letter of Intent (LoI) was signed between DST and JSPS', ['letter-of-intent']],
    [
      'both agencies signed an Implementing Arrangement for collaborative activities',
      ['implementing-arrangement'],
    ],
    [
      'Indo-Japan S&T cooperation was formalized through Inter-Governmental Agreement signed in 1985',
      ['inter-governmental-agreement'],
    ],
    [
      'The India-Japan Cooperative Science Programme was initiated in 1993',
      ['programme: India-Japan Cooperative Science Programme'],
    ],
    [
      'India and the US set up the Initiative on Critical and Emerging Technologies (iCET) to build cooperation',
      ['initiative: Initiative on Critical and Emerging Technologies'],
    ],
    [
      'The 10th meeting of the Japan-India Energy Dialogue was held in Delhi',
      ['dialogue: Japan-India Energy Dialogue'],
    ],
    [
      'The 2nd JWG Meeting on Health was held in Tokyo on 26 April, 2017.',
      ['joint-working-group: JWG on Health'],
    ],
    ['The MOU aims to establish and promote cooperation', ['mou (anaphor)']],
  ])('%s', (text, expected) => {
    expect(types(text)).toEqual(expected);
  });

  it('finds each of several laboratories named in quotes after a plural cue', () => {
    const named = findMentions(
      'Under this LoI, three India-Japan Joint Laboratories in the area of "A dependable system", "Security in the Internet of Things Space" and "Data Science- based Farming" were established in 2016.',
    )
      .filter((m) => m.type === 'joint-laboratory')
      .map((m) => m.named);
    expect(named).toEqual([
      'India-Japan Joint Laboratory on “A dependable system”',
      'India-Japan Joint Laboratory on “Security in the Internet of Things Space”',
      'India-Japan Joint Laboratory on “Data Science- based Farming”',
    ]);
  });
  it('marks "under the overall MoC …" as naming a parent, not a new instrument', () => {
    expect(
      types(
        'both sides concluded a MoC to formalize cooperation under the overall MoC in the field of Healthcare',
      ),
    ).toEqual(['moc', 'moc (parent)']);
  });
  it("ignores one country's own programme even when the sentence mentions a partner", () => {
    const m = findMentions(
      'In view of the synergies between India’s AYUSHMAN Bharat Programme and Japan’s AHWIN, both sides concluded a MoC',
    );
    expect(m.map((x) => x.type)).toContain('moc');
  });
});

describe('names and keys', () => {
  it('says what an unnamed instrument is about', () => {
    expect(topicOf('MoC in the field of Healthcare: An MoC was signed', 3)).toBe('Healthcare');
    expect(
      topicOf('Memorandum of Cooperation on comprehensive ICT cooperation between MOC and MIC', 24),
    ).toBe('comprehensive ICT cooperation');
  });
  it('gives the same key to one instrument named two ways', () => {
    const countries = ['Japan', 'Japanese', 'India'];
    expect(instrumentKey('MOC on India-Japan Digital Partnership (IJDP)', countries)).toBe(
      instrumentKey('2018 India-Japan Digital Partnership', countries),
    );
    expect(instrumentKey('India-Japan Co-operative Science Programme', countries)).toBe(
      instrumentKey('India-Japan Cooperative Science Programme', countries),
    );
  });
});
