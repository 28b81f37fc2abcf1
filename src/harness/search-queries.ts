/**
 * The search query set: what readers type, and which agreements each query is
 * about. Most queries are made by rules from the records the site is built
 * from, so the set follows the records as they change and nobody can tune
 * the search to a fixed list:
 *
 * - acronym:      every record's own acronym ("FIN-Q", "IUSSTF"): the records
 *                 whose name, aliases or parties carry it;
 * - expansion:    every party known by an acronym, by its full name: the
 *                 records it is a party to, under either name;
 * - party-sector: every party acronym with a word of each sector its records
 *                 are in ("JAXA space", "ICAR farming"): those records;
 * - sector:       every sector's name: the records in it;
 * - lowercase:    the acronym and party-sector queries in lower case;
 * - typo:         a distinctive word of each record's name with one typo
 *                 ("Akatusuki"): the records whose names have the word;
 * - partner-name: every other way the gazetteer writes a partner ("Holland",
 *                 "Nippon", "USA"), alone and with the word of the partner's
 *                 largest sector: the partner's records (in that sector);
 * - year:         a partner, a sector word and the year of each dated record
 *                 ("Japan space 2016"): the partner's records in that sector
 *                 dated that year;
 *
 * plus hand-written queries, whose agreements are named by stable properties
 * (partner, type, a word of the name), never by id: topics across partners,
 * phrases and the like (kind `hand`), questions as readers ask them
 * (`question`), the words readers use where the sources use others (`wording`:
 * a partner's everyday name, "deal" for an MoU, "moon" for lunar), a query
 * with one word the sources never use (`partial`), and queries that must find
 * no agreement (kind `nothing`).
 *
 * A query passes when every agreement it is about is among the first five
 * results; when it is about more than five, when the first five results are
 * all among them. A nothing-query passes when the search says no agreement
 * matches. Used by tests/browser/search-quality.spec.ts, scripts/tune-search.ts
 * and scripts/bench-search.ts.
 */
import { acronymPairs, recordAcronyms, type RecordNames } from '../search/record-terms.ts';
import { STOPWORDS, foldWord, isAcronymShaped, spellsAcronym, stemWord } from '../search/text.ts';

export const QUERY_KINDS = [
  'acronym',
  'expansion',
  'party-sector',
  'sector',
  'lowercase',
  'typo',
  'partner-name',
  'year',
  'hand',
  'question',
  'wording',
  'partial',
  'nothing',
] as const;
export type QueryKind = (typeof QUERY_KINDS)[number];

/** The fields of a record (as /agreements.json publishes it) the rules read. */
export interface SiteRecord extends RecordNames {
  id: string;
  type: string;
  partner: string;
  sectors: readonly string[];
  /** YYYY, YYYY-MM or YYYY-MM-DD; null when the sources give none. */
  date?: string | null;
}

/** How the gazetteer writes a partner (content/partners.yml over the world-countries dataset). */
export interface PartnerNames {
  name: string;
  adjective: string;
  names: readonly string[];
}

export interface QueryCase {
  query: string;
  kind: QueryKind;
  /** Ids of the agreements the query is about; empty for a nothing-query. */
  expected: string[];
  /** The rule or hand that made it, for reports. */
  why: string;
}

/** The sector vocabulary the rules draw words from (content/sectors.yml). */
export interface SectorWords {
  id: string;
  label: string;
  terms: readonly string[];
}

/** How many results a query's agreements must be among. */
export const TOP = 5;

const lower = (s: string) => s.toLowerCase();
/** The text's words, folded as the search folds them. */
const foldedWords = (text: string) =>
  text
    .split(/[\s–—/]+/)
    .map(foldWord)
    .filter(Boolean);
const hasWord = (text: string, word: string) => foldedWords(text).includes(foldWord(word));
/** Whether the text has a word with the word's stem: the search cannot tell "cooperative" from "cooperation" either. */
const hasStem = (text: string, word: string) =>
  foldedWords(text).some((w) => stemWord(w) === stemWord(foldWord(word)));
/** Whether the text has these words in a row. */
const hasPhrase = (text: string, phrase: string) => {
  const ws = foldedWords(text);
  const ps = foldedWords(phrase).filter((w) => !STOPWORDS.has(w));
  const content = ws.filter((w) => !STOPWORDS.has(w));
  return ps.length > 0 && content.some((_, i) => ps.every((p, j) => content[i + j] === p));
};
const namesOf = (r: SiteRecord) => [r.name, ...r.aliases];

/**
 * Records whose name, aliases or parties carry the acronym or one of its
 * expansions: "S&T" is about the records named "Science and Technology" too.
 */
function carrying(
  records: readonly SiteRecord[],
  acronym: string,
  expansions: readonly string[],
): SiteRecord[] {
  const texts = (r: SiteRecord) => [...namesOf(r), ...r.parties.map((p) => p.name)];
  return records.filter(
    (r) =>
      namesOf(r).some((t) => hasWord(t, acronym)) ||
      r.parties.some((p) => p.acronym && foldWord(p.acronym) === foldWord(acronym)) ||
      expansions.some((e) => texts(r).some((t) => hasPhrase(t, e))),
  );
}

/**
 * The word a reader would add for a sector: its label when that is one word
 * ("Space"), else its first plain term of three letters or more ("healthcare",
 * "marine"); none for a sector without terms (general).
 */
export function sectorWord(s: SectorWords): string | undefined {
  if (!/\s|,/.test(s.label.trim()) && s.terms.length > 0) return s.label.toLowerCase();
  return s.terms.find((t) => !t.endsWith('*') && t.length >= 3);
}

/** One typo a reader makes, chosen by the word so the set is the same from run to run. */
export function typoOf(word: string): string {
  const mid = Math.floor(word.length / 2);
  const op = [...word].reduce((n, c) => n + c.charCodeAt(0), 0) % 3;
  if (op === 0) return word.slice(0, mid) + word[mid + 1] + word[mid] + word.slice(mid + 2); // swap neighbours
  if (op === 1) return word.slice(0, mid) + word.slice(mid + 1); // drop a letter
  return word.slice(0, mid) + word[mid] + word.slice(mid); // double a letter
}

/**
 * A word of the record's name a typo is tried on: the longest plain word of
 * seven letters or more found in the names of at most three records, and
 * whose stem no other word of any name shares ("Cooperative" shares
 * "Cooperation"'s, and whether the search conflates them is Pagefind's
 * stemmer's business, not the test's).
 */
function distinctiveWord(r: SiteRecord, records: readonly SiteRecord[]): string | undefined {
  const allWords = new Set(records.flatMap((o) => foldedWords(o.name)));
  const unambiguous = (w: string) => {
    const folded = foldWord(w);
    const s = stemWord(folded);
    return [...allWords].every(
      (o) => stemWord(o) !== s || o === folded || o === `${folded}s` || `${o}s` === folded,
    );
  };
  const candidates = r.name
    .split(/[\s–—/,()“”"]+/)
    .filter((w) => /^\p{L}{7,}$/u.test(w) && !STOPWORDS.has(lower(w)) && unambiguous(w))
    .filter((w) => records.filter((o) => hasStem(o.name, w)).length <= 3)
    .sort((a, b) => b.length - a.length || a.localeCompare(b));
  return candidates[0];
}

export interface GenerateOptions {
  sectors: readonly SectorWords[];
  /** Instrument words that are no record's own acronym ("MoU", "IA"). */
  typeWords: ReadonlySet<string>;
  /** The gazetteer's names of each partner, by id; the partner-name and year rules need them. */
  partners?: Readonly<Record<string, PartnerNames>>;
}

/** The rule-made queries over these records. */
export function generatedQueries(records: readonly SiteRecord[], o: GenerateOptions): QueryCase[] {
  const out: QueryCase[] = [];
  const add = (query: string, kind: QueryKind, expected: readonly SiteRecord[], why: string) => {
    if (expected.length > 0) out.push({ query, kind, expected: expected.map((r) => r.id), why });
  };
  const typeWords = new Set([...o.typeWords].map(lower));
  // What each acronym stands for, as the records and the sector vocabulary state it.
  const pairs = records.flatMap((r) => acronymPairs(r));
  const terms = o.sectors.flatMap((s) => [s.label, ...s.terms.map((t) => t.replace(/\*$/, ''))]);
  const expansionsOf = (a: string) => [
    ...pairs.filter((p) => foldWord(p.acronym) === foldWord(a)).map((p) => p.expansion),
    ...terms.filter((t) => /\s/.test(t) && spellsAcronym(a, t.split(/\s+/))),
  ];
  const carry = (a: string) => carrying(records, a, expansionsOf(a));

  const acronyms = [...new Set(records.flatMap((r) => recordAcronyms(r, typeWords)))].sort();
  for (const a of acronyms) {
    add(a, 'acronym', carry(a), `the record acronym ${a}`);
    if (a !== lower(a)) add(lower(a), 'lowercase', carry(a), `the record acronym ${a}, lower case`);
  }

  const parties = new Map<string, { name: string; acronym: string | null }>();
  for (const r of records) for (const p of r.parties) parties.set(`${p.name}\u0000${p.acronym}`, p);
  // Parties known by an acronym, by their full name: the records of that organisation under either name.
  for (const p of [...parties.values()].sort((a, b) => a.name.localeCompare(b.name))) {
    if (!p.acronym || p.acronym === p.name || isAcronymShaped(p.name)) continue;
    const acronym = p.acronym;
    add(
      p.name,
      'expansion',
      records.filter((r) => r.parties.some((q) => q.name === p.name || q.acronym === acronym)),
      `the party ${p.name} (${acronym})`,
    );
  }

  const partyAcronyms = [
    ...new Set([...parties.values()].flatMap((p) => (p.acronym && p.acronym !== p.name ? [p.acronym] : []))),
  ].sort();
  for (const acronym of partyAcronyms) {
    const theirs = carry(acronym);
    for (const s of o.sectors) {
      const word = sectorWord(s);
      const inSector = theirs.filter((r) => r.sectors.includes(s.id));
      if (!word || inSector.length === 0) continue;
      add(`${acronym} ${word}`, 'party-sector', inSector, `party ${acronym} in sector ${s.id}`);
      if (acronym !== lower(acronym))
        add(
          `${lower(acronym)} ${word}`,
          'lowercase',
          inSector,
          `party ${acronym} in sector ${s.id}, lower case`,
        );
    }
  }

  for (const s of o.sectors) {
    if (!sectorWord(s)) continue;
    add(
      s.label,
      'sector',
      records.filter((r) => r.sectors.includes(s.id)),
      `the sector ${s.id}`,
    );
  }

  for (const r of records) {
    const word = distinctiveWord(r, records);
    if (!word) continue;
    add(
      typoOf(word),
      'typo',
      records.filter((o2) => hasStem(o2.name, word)),
      `one typo in “${word}”`,
    );
  }

  const partners = o.partners ?? {};
  const partnerIds = [...new Set(records.map((r) => r.partner))].sort();
  const inSector = (partner: string, sector: string) =>
    records.filter((r) => r.partner === partner && r.sectors.includes(sector));
  for (const id of partnerIds) {
    const p = partners[id];
    if (!p) continue;
    const theirs = records.filter((r) => r.partner === id);
    // The sector most of the partner's records are in (the file's order breaks ties), and its word.
    const largest = o.sectors
      .filter((s) => sectorWord(s) && inSector(id, s.id).length > 0)
      .sort((a, b) => inSector(id, b.id).length - inSector(id, a.id).length)[0];
    const shown = new Set([p.name, p.adjective].map(foldedKey));
    const others = [...new Map(p.names.map((n) => [foldedKey(n), n])).entries()].filter(
      ([k]) => !shown.has(k),
    );
    for (const [, name] of others) {
      add(name, 'partner-name', theirs, `${id} written “${name}”`);
      if (largest)
        add(
          `${name} ${sectorWord(largest)}`,
          'partner-name',
          inSector(id, largest.id),
          `${id} written “${name}”, in sector ${largest.id}`,
        );
    }
    for (const s of o.sectors) {
      const word = sectorWord(s);
      if (!word) continue;
      const years = new Set(inSector(id, s.id).flatMap((r) => (r.date ? [r.date.slice(0, 4)] : [])));
      for (const year of [...years].sort())
        add(
          `${p.name} ${word} ${year}`,
          'year',
          inSector(id, s.id).filter((r) => r.date?.startsWith(year)),
          `${id}'s records in sector ${s.id} dated ${year}`,
        );
    }
  }
  return merged(out);
}

/** A name as the search reads it: "U.S", "U.S." and "US" are one. */
const foldedKey = (name: string) => foldedWords(name).join(' ');

/** Queries written alike are one query, about every agreement any of its rules named. */
function merged(cases: readonly QueryCase[]): QueryCase[] {
  const byQuery = new Map<string, QueryCase>();
  for (const c of cases) {
    const had = byQuery.get(c.query);
    if (!had) byQuery.set(c.query, { ...c, expected: [...c.expected] });
    else had.expected = [...new Set([...had.expected, ...c.expected])];
  }
  return [...byQuery.values()];
}

/** An agreement named by what does not change when ids do: its partner, type and a word of its name. */
export interface AgreementMatcher {
  /** The partner's id, as in content/partners.yml ("japan"). */
  partner: string;
  /** The type's id (src/schemas/agreement.ts); any type when absent. */
  type?: string;
  /** A word (or words) its name or an alias contains, compared folded. */
  words: string;
}

export interface HandQuery {
  query: string;
  /** The agreements it is about; none for a query that must find no agreement. */
  about: AgreementMatcher[];
  /** What it tries: `hand` when absent (`nothing` when it is about no agreement). */
  kind?: 'question' | 'wording' | 'partial';
}

/**
 * Hand-written queries, as readers type them: topics across partners, a
 * partner with an instrument type, a scheme type with an agency, phrases,
 * synonyms the sources do not use, and queries about nothing the sources
 * connect. Written from the site's subject, not from the ranking.
 */
export const HAND_QUERIES: readonly HandQuery[] = [
  {
    query: 'civil nuclear',
    about: [
      { partner: 'japan', words: 'civil nuclear' },
      { partner: 'japan', words: 'INS' },
    ],
  },
  {
    query: 'atomic energy',
    about: [
      { partner: 'japan', words: 'DAE–KEK' },
      { partner: 'japan', words: 'INS' },
    ],
  },
  {
    query: 'space cooperation with Japan',
    about: [{ partner: 'japan', type: 'mou', words: 'outer space' }],
  },
  { query: 'quantum computing Finland', about: [{ partner: 'finland', words: 'Quantum Network' }] },
  {
    query: 'UK semiconductors',
    about: [{ partner: 'united-kingdom', words: 'critical strategic technologies' }],
  },
  {
    query: 'semiconductor partnership',
    about: [
      { partner: 'japan', words: 'semiconductor supply chain' },
      { partner: 'united-kingdom', words: 'critical strategic technologies' },
    ],
  },
  { query: 'artificial intelligence initiative', about: [{ partner: 'united-states', words: 'USIAI' }] },
  {
    query: 'AI',
    about: [
      { partner: 'united-states', words: 'USIAI' },
      { partner: 'united-states', words: 'dialogue on AI' },
    ],
  },
  { query: 'gas hydrates', about: [{ partner: 'japan', words: 'gas hydrate' }] },
  { query: '"gas hydrate"', about: [{ partner: 'japan', words: 'gas hydrate' }] },
  { query: 'rice crop satellite', about: [{ partner: 'japan', words: 'rice crop' }] },
  { query: 'Venus', about: [{ partner: 'japan', words: 'Akatsuki' }] },
  // The National Centre for Polar and Ocean Research and Japan's National Institute of Polar Research.
  { query: 'polar research Japan', about: [{ partner: 'japan', words: 'NCPOR–NIPR' }] },
  { query: 'tsunami', about: [{ partner: 'japan', words: 'JAMSTEC' }] },
  { query: 'Osaka University', about: [{ partner: 'japan', words: 'Osaka University' }] },
  { query: 'Tsukuba beamline', about: [{ partner: 'japan', words: 'Indian Beam Line' }] },
  {
    query: 'medical products regulation',
    about: [{ partner: 'japan', type: 'moc', words: 'Medical Products' }],
  },
  {
    query: 'cybersecurity Japan',
    about: [
      { partner: 'japan', words: 'CERT-In' },
      { partner: 'japan', type: 'moc', words: 'Cybersecurity' },
    ],
  },
  {
    query: 'forestry',
    about: [
      { partner: 'japan', type: 'moc', words: 'forestry' },
      { partner: 'japan', type: 'roadmap', words: 'forestry' },
    ],
  },
  { query: 'Singapore MoU', about: [{ partner: 'singapore', type: 'mou', words: 'DST–MTI' }] },
  {
    query: 'memorandum of understanding Singapore',
    about: [{ partner: 'singapore', type: 'mou', words: 'DST–MTI' }],
  },
  { query: 'JSPS fellowship', about: [{ partner: 'japan', type: 'fellowship', words: 'JSPS' }] },
  { query: 'JSPS letter of intent', about: [{ partner: 'japan', type: 'letter-of-intent', words: 'JSPS' }] },
  { query: 'ISRO implementing arrangement rainfall', about: [{ partner: 'japan', words: 'rainfall' }] },
  { query: 'Indo-German centre', about: [{ partner: 'germany', type: 'institution', words: 'IGSTC' }] },
  { query: 'Sweden industry transition', about: [{ partner: 'sweden', words: 'Industry Transition' }] },
  { query: 'critical and emerging technologies', about: [{ partner: 'united-states', words: 'iCET' }] },
  { query: 'Japan healthcare', about: [{ partner: 'japan', type: 'moc', words: 'Healthcare' }] },
  {
    query: 'Japan India agreement on healthcare',
    about: [{ partner: 'japan', type: 'moc', words: 'Healthcare' }],
  },
  {
    query: 'India Canada cooperation',
    about: [{ partner: 'canada', type: 'agreement', words: 'Science and Technology Cooperation' }],
  },
  {
    query: 'Denmark green strategic partnership',
    about: [{ partner: 'denmark', words: 'Green Strategic Partnership' }],
  },
  {
    query: 'India Denmark joint committee',
    about: [{ partner: 'denmark', type: 'joint-committee', words: 'Joint Committee' }],
  },
  { query: 'Norway marine pollution', about: [{ partner: 'norway', words: 'Marine Pollution' }] },
  { query: 'Norway ocean dialogue', about: [{ partner: 'norway', words: 'Ocean Dialogue' }] },
  { query: 'Canada energy dialogue', about: [{ partner: 'canada', words: 'Energy Dialogue' }] },
  { query: 'Netherlands water', about: [{ partner: 'netherlands', words: 'Water' }] },
  {
    query: 'South Africa joint committee',
    about: [{ partner: 'south-africa', type: 'joint-committee', words: 'Joint Committee' }],
  },
  // Questions, as readers ask them: the words that ask, the auxiliaries and the event verbs must not be required.
  {
    query: 'when did India and Norway sign the ocean dialogue',
    kind: 'question',
    about: [{ partner: 'norway', type: 'mou', words: 'Ocean Dialogue' }],
  },
  {
    query: 'which agreement did ISRO and JAXA sign on rice crops',
    kind: 'question',
    about: [{ partner: 'japan', words: 'rice crop' }],
  },
  {
    query: 'what has India agreed with Denmark on groundwater',
    kind: 'question',
    about: [{ partner: 'denmark', words: 'groundwater' }],
  },
  {
    query: 'is there an India Italy startup bridge',
    kind: 'question',
    about: [{ partner: 'italy', words: 'Startup Bridge' }],
  },
  {
    query: 'when was the Finland India quantum network launched',
    kind: 'question',
    about: [{ partner: 'finland', words: 'Quantum Network' }],
  },
  {
    query: 'how do India and Japan cooperate on cybersecurity',
    kind: 'question',
    about: [
      { partner: 'japan', words: 'CERT-In' },
      { partner: 'japan', type: 'moc', words: 'Cybersecurity' },
    ],
  },
  {
    query: 'what did India and Canada sign on intellectual property',
    kind: 'question',
    about: [{ partner: 'canada', type: 'mou', words: 'Intellectual Property' }],
  },
  {
    query: 'did India and Japan sign a healthcare agreement in 2014',
    kind: 'question',
    about: [{ partner: 'japan', type: 'moc', words: 'Healthcare' }],
  },
  {
    query: 'which fellowships does JSPS fund for Indian researchers',
    kind: 'question',
    about: [{ partner: 'japan', type: 'fellowship', words: 'JSPS' }],
  },
  {
    query: 'when was the Shastri Indo-Canadian Institute founded',
    kind: 'question',
    about: [{ partner: 'canada', type: 'institution', words: 'Shastri' }],
  },
  {
    query: 'what is the India Norway arctic programme',
    kind: 'question',
    about: [{ partner: 'norway', words: 'Arctic Research Programme' }],
  },
  // The words readers use where the sources use others: a partner's everyday name, "deal" or "pact" for an
  // instrument, an everyday word for the sources' technical one.
  {
    query: 'Holland water',
    kind: 'wording',
    about: [
      { partner: 'netherlands', words: 'Strategic Partnership on Water' },
      { partner: 'netherlands', words: 'Joint Working Group on Water' },
    ],
  },
  {
    query: 'Dutch water partnership',
    kind: 'wording',
    about: [{ partner: 'netherlands', words: 'Strategic Partnership on Water' }],
  },
  {
    query: 'Britain research innovation agreement',
    kind: 'wording',
    about: [{ partner: 'united-kingdom', words: 'science, research and innovation' }],
  },
  {
    query: 'America AI dialogue',
    kind: 'wording',
    about: [{ partner: 'united-states', words: 'dialogue on AI' }],
  },
  { query: 'Suomi quantum', kind: 'wording', about: [{ partner: 'finland', words: 'Quantum Network' }] },
  {
    query: 'Norwegian marine biotechnology',
    kind: 'wording',
    about: [{ partner: 'norway', words: 'marine biotechnology' }],
  },
  {
    query: 'Japan polar research pact',
    kind: 'wording',
    about: [{ partner: 'japan', words: 'NCPOR–NIPR' }],
  },
  {
    query: 'Canada nuclear deal',
    kind: 'wording',
    about: [{ partner: 'canada', words: 'NRCan' }],
  },
  {
    query: 'Japan forestry accord',
    kind: 'wording',
    about: [{ partner: 'japan', type: 'moc', words: 'forestry' }],
  },
  {
    query: 'Denmark groundwater treaty',
    kind: 'wording',
    about: [{ partner: 'denmark', words: 'groundwater' }],
  },
  {
    query: 'moon exploration Japan',
    kind: 'wording',
    about: [{ partner: 'japan', words: 'lunar exploration' }],
  },
  {
    query: 'drug regulation Japan',
    kind: 'wording',
    about: [{ partner: 'japan', type: 'moc', words: 'Medical Products' }],
  },
  {
    query: 'chips supply chain Japan',
    kind: 'wording',
    about: [{ partner: 'japan', words: 'semiconductor supply chain' }],
  },
  {
    query: 'Japan agriculture joint lab',
    kind: 'wording',
    about: [{ partner: 'japan', type: 'joint-laboratory', words: 'Farming' }],
  },
  // One word the sources never use: the agreement is still listed, under the words it does match.
  {
    query: 'Finland quantum teleportation',
    kind: 'partial',
    about: [{ partner: 'finland', words: 'Quantum Network' }],
  },
  {
    query: 'Norway ocean energy windmills',
    kind: 'partial',
    about: [{ partner: 'norway', type: 'letter-of-intent', words: 'ocean energy' }],
  },
  { query: 'Japan rice crop drones', kind: 'partial', about: [{ partner: 'japan', words: 'rice crop' }] },
  {
    query: 'Italy startup incubator bridge',
    kind: 'partial',
    about: [{ partner: 'italy', words: 'Startup Bridge' }],
  },
  { query: 'Venus probe JAXA', kind: 'partial', about: [{ partner: 'japan', words: 'Akatsuki' }] },
  {
    query: 'Germany AI healthcare hackathon',
    kind: 'partial',
    about: [{ partner: 'germany', words: 'joint AI initiative' }],
  },
  {
    query: 'Singapore innovation MoU fintech',
    kind: 'partial',
    about: [{ partner: 'singapore', type: 'mou', words: 'DST–MTI' }],
  },
  {
    query: 'Egypt science programme pyramids',
    kind: 'partial',
    about: [{ partner: 'egypt', type: 'programme', words: 'Executive Programme' }],
  },
  {
    query: 'South Africa joint committee minutes',
    kind: 'partial',
    about: [{ partner: 'south-africa', type: 'joint-committee', words: 'Joint Committee' }],
  },
  // Nothing the sources connect, so no agreement may be listed as an answer.
  { query: 'Argentina beef', about: [] },
  { query: 'Brazil coffee', about: [] },
  { query: 'Japan whisky', about: [] },
  { query: 'Finland reindeer', about: [] },
  { query: 'xylophone', about: [] },
  { query: 'zebra crossing', about: [] },
  { query: 'Singapore nuclear reactor', about: [] },
  { query: 'Sweden semiconductor fab', about: [] },
  { query: 'Mexico tequila', about: [] },
  { query: 'cricket world cup', about: [] },
  { query: 'Kenya tea plantation', about: [] },
  { query: 'when did India and Japan sign a whisky agreement', about: [] },
  { query: 'which treaty covers Brazil coffee exports', about: [] },
  { query: 'Norway salmon deal', about: [] },
];

/** The records a matcher names. */
export function matching(records: readonly SiteRecord[], m: AgreementMatcher): SiteRecord[] {
  const words = foldedWords(m.words);
  return records.filter(
    (r) =>
      r.partner === m.partner &&
      (!m.type || r.type === m.type) &&
      namesOf(r).some((t) => {
        const ws = foldedWords(t);
        return ws.some((_, i) => words.every((w, j) => ws[i + j] === w));
      }),
  );
}

export interface ResolvedHand {
  cases: QueryCase[];
  /** Hand queries naming an agreement the records do not have (the extraction does not find it). */
  unresolved: { query: string; missing: AgreementMatcher[] }[];
}

/** Hand queries with their agreements looked up; a matcher that names no record leaves the query out, reported. */
export function resolveHand(
  records: readonly SiteRecord[],
  hand: readonly HandQuery[] = HAND_QUERIES,
): ResolvedHand {
  const cases: QueryCase[] = [];
  const unresolved: ResolvedHand['unresolved'] = [];
  for (const h of hand) {
    if (h.about.length === 0) {
      cases.push({
        query: h.query,
        kind: 'nothing',
        expected: [],
        why: 'hand-written: nothing the sources connect',
      });
      continue;
    }
    const found = h.about.map((m) => matching(records, m));
    const missing = h.about.filter((_, i) => found[i]!.length === 0);
    if (missing.length > 0) unresolved.push({ query: h.query, missing });
    else
      cases.push({
        query: h.query,
        kind: h.kind ?? 'hand',
        expected: [...new Set(found.flat().map((r) => r.id))],
        why: 'hand-written',
      });
  }
  return { cases, unresolved };
}

/** Every query: rule-made and hand-written, rule-made first. */
export function querySet(records: readonly SiteRecord[], o: GenerateOptions): ResolvedHand {
  const hand = resolveHand(records);
  const rules = generatedQueries(records, o).filter((c) => !hand.cases.some((h) => h.query === c.query));
  return { cases: [...rules, ...hand.cases], unresolved: hand.unresolved };
}

/** What the search page showed for a query: its status and every result link, in order. */
export interface Shown {
  status: string;
  /** Paths of the result links, in reading order. */
  paths: string[];
  /** Whether the page said that no agreement matches every word. */
  saysNoAgreement: boolean;
}

export interface Scored {
  pass: boolean;
  /** Rank of the first expected agreement among the results (1 = first), 0 when absent. */
  rank: number;
}

const agreementId = (path: string) => /^\/agreements\/([^/]+)\/$/.exec(path)?.[1];

export function score(c: QueryCase, shown: Shown): Scored {
  if (c.kind === 'nothing') {
    const pass = shown.saysNoAgreement;
    return { pass, rank: pass ? 1 : 0 };
  }
  const ids = shown.paths.map(agreementId);
  const rank = ids.findIndex((id) => id !== undefined && c.expected.includes(id)) + 1;
  const top = ids.slice(0, TOP);
  const pass =
    c.expected.length <= TOP
      ? c.expected.every((id) => top.includes(id))
      : top.length === TOP && top.every((id) => id !== undefined && c.expected.includes(id));
  return { pass, rank };
}
