/**
 * Organisations named in a sentence, with acronyms expanded where any source
 * expands them ("Japan Science and Technology Agency (JST)"), and which side
 * each is on. Pure: the acronym dictionary is built from the corpus and passed in.
 */
import escapeStringRegexp from 'escape-string-regexp';
import type { Party } from '../../schemas/agreement.ts';
import { COUNTRIES, HOME_NAMES } from '../../schemas/countries.ts';
import { nameKey, partyKey } from '../../utils/names.ts';
import { cellsOf } from '../table-cells.ts';
import { vocabulary } from './vocabulary.ts';

/** Words that make a capitalised phrase an organisation rather than a programme or place. */
const ORG_HEAD =
  /\b(?:Ministry|Ministries|Department|Agency|Society|Council|Organi[sz]ation|Cent(?:er|re)|Institute|Institution|University|Corporation|Directorate|Team|Forum|Bank|Office|Secretariat|Governments?|Commission|Authority|Association|Laborator(?:y|ies)|Research Organi[sz]ation|Enterprise Singapore|Business Finland|Cabinet Office|Computer Emergency|Industries|Limited|Ltd|GmbH|Company|Observatory|Academy|Survey|Foundation|Alliance)\b/u;
const CONNECTORS = new Set([
  'of',
  'and',
  'for',
  'the',
  '&',
  'on',
  'in',
  'de',
  'des',
  'du',
  'la',
  'le',
  'für',
]);
const TITLE_WORD = /^[\p{Lu}\p{N}][\p{L}\p{N}&'’.\-–/]*$/u;

/** An organisation's name: an English head word ("Council") or one in another language ("Consiglio", content/instruments.yml). */
function isOrganisation(name: string): boolean {
  return ORG_HEAD.test(name) || vocabulary().organisationHead.test(name);
}
/** "of", "and", or a lowercase word of a name in another language ("delle", "für"). */
const isConnector = (word: string) => CONNECTORS.has(word) || vocabulary().nameParticles.has(word);
/** "d'Études", "l’Espace": an elided particle joined to a title word. */
const isElidedTitle = (word: string) => {
  const m = /^(\p{Ll}['’])\p{Lu}/u.exec(word);
  return m !== null && vocabulary().nameParticles.has(m[1]!);
};
const isTitleWord = (word: string) => TITLE_WORD.test(word) || isElidedTitle(word);

let namedOrganisation: RegExp | undefined;
/** A run of title words and connectors: "Osaka University", "Consiglio Nazionale delle Ricerche". */
function namedOrganisationPattern(): RegExp {
  if (!namedOrganisation) {
    const particles = [...vocabulary().nameParticles]
      .filter((p) => /\p{L}$/u.test(p))
      .map((p) => escapeStringRegexp(p))
      .join('|');
    const elided = [...vocabulary().nameParticles]
      .filter((p) => /['’]$/u.test(p))
      .map((p) => escapeStringRegexp(p))
      .join('|');
    const title = `[\\p{Lu}][\\p{L}\\p{N}&'’.\\-/]*`;
    namedOrganisation = new RegExp(
      `${title}(?:,?\\s+(?:${title}|(?:${elided})${title}|of|and|for|the|&|(?:${particles})(?=\\s+(?:${elided})?\\p{Lu})))*`,
      'gu',
    );
  }
  return namedOrganisation;
}

/** A long name and its short form, as one source writes them. */
export interface Expansion {
  name: string;
  acronym: string;
}

const capitals = (s: string) => (s.match(/\p{Lu}/gu) ?? []).length;
const oneAcronym = (s: string) =>
  s.length >= 2 && s.length <= 12 && capitals(s) >= 2 && /^[\p{L}][\p{L}\p{N}&/\-.]*$/u.test(s);
/**
 * "DST", "MoFA", "JPCERT/CC", "CERT-In", "FIN-Q", "iCET", "MoEF&CC": short, with two or more capitals;
 * or two such words for a body and its programme ("NRC IRAP").
 */
export const looksLikeAcronym = (s: string) => {
  const words = s.split(' ');
  return (
    words.length <= 2 &&
    s.length <= 14 &&
    words.every(oneAcronym) &&
    (words.length === 1 || capitals(s) === s.replace(/[^\p{L}]/gu, '').length)
  );
};

/**
 * Every country's names and adjectives from the gazetteer's dataset, India's included ("Japan", "Japanese",
 * "Indian", "Norwegian", "South Korea"), longest first: no country is written into a pattern here, so a new
 * partner needs no code.
 */
const COUNTRY_NAMES = [
  ...new Set([...HOME_NAMES, ...COUNTRIES.flatMap((c) => [c.name, c.adjective, ...c.names])]),
].sort((a, b) => b.length - a.length);
const COUNTRY = COUNTRY_NAMES.map(escapeStringRegexp).join('|');
/** India's own names and adjective ("India", "Indian", "Bharat"). */
const HOME = HOME_NAMES.map(escapeStringRegexp).join('|');
/** One-word country names and adjectives, for the words that begin an organisation's name. */
const COUNTRY_WORDS = new Set(COUNTRY_NAMES.filter((n) => /^\p{Lu}[\p{L}’'-]*$/u.test(n)));

/** Words that begin a new organisation's name: "ISRO and Japan Aerospace…", "India and National Institute…". */
const ORG_FIRST_WORD = /^(?:Ministry|Department|National|Institute|Cabinet|Directorate|Federal|University)$/u;
const ORG_START = { test: (word: string) => ORG_FIRST_WORD.test(word) || COUNTRY_WORDS.has(word) };

/** The run of title-case words (and connectors) that ends where `text` ends, e.g. the name before "(JST)". */
export function titleRunBefore(text: string, maxWords = 12, allowComma = true): string {
  const words = text
    .replace(/\s+$/, '')
    .split(/\s+/)
    .map((w) => w.replace(/^.*\.(?=\p{Lu}\p{Ll})/u, ''));
  const run: string[] = [];
  for (let i = words.length - 1; i >= 0 && run.length < maxWords; i--) {
    let w = words[i]!;
    if (/['’]s$/u.test(w) || (/\.$/.test(w) && run.length > 0)) break;
    const comma = w.endsWith(',');
    if (comma) {
      if (!allowComma) break;
      // A comma inside a name ("Education, Culture, Sports") continues it only between title words.
      if (
        run.length === 0 ||
        !TITLE_WORD.test(run[0]!.replace(/,$/, '')) ||
        ORG_START.test(run[0]!) ||
        /^Minist/u.test(run[0]!)
      )
        break;
      w = w.slice(0, -1);
    }
    const lower = w.toLowerCase();
    if ((lower === 'and' || w === '&') && run.length > 0) {
      const previous = words[i - 1] ?? '';
      const next = run.find((r) => !isConnector(r.toLowerCase())) ?? '';
      // "ISRO and JAXA" are two names; "Industrial R&D and Technological Innovation Fund" is one.
      if (
        (looksLikeAcronym(previous) && !GENERIC.has(previous)) ||
        /[.,]$/.test(previous) ||
        ORG_START.test(next)
      )
        break;
    }
    if (isTitleWord(w) || (isConnector(lower) && run.length > 0)) run.unshift(comma ? `${w},` : w);
    else break;
  }
  while (run.length > 0 && (isConnector(run[0]!.toLowerCase()) || /^(?:A|An|The|[‘“"'].*)$/u.test(run[0]!)))
    run.shift();
  // "DST-Japan Society for…": a heading's prefix, not part of the name.
  // ("UK-India Clean Energy Research Hub", "US-India …": a bilateral name keeps both sides).
  if (run.length > 0) run[0] = run[0]!.replace(/^\p{Lu}{2,}-(?=\p{Lu})(?!(?:India|Indo)\b)/u, '');
  return run.join(' ');
}

/** "…, India", "…, GoI": a country (or its government's short form) after a comma is the side, not the name. */
const TRAILING_COUNTRY = new RegExp(`,\\s*(?:${COUNTRY}|GOI|GoI|GoJ)$`, 'u');
/** "Department of Science and Technology of India" → its name; "Geological Survey of India" is one. */
const OF_COUNTRY = new RegExp(`^(?!Governments?\\b)(.*\\sof\\s.*\\S)\\s+of\\s+(?:${HOME})$`, 'u');
/**
 * "Japanese Ministry of …" → "Ministry of …", so the Japanese ministry one source names with its adjective and
 * another with "Government of Japan" is one party. Not yet for every country: done for all adjectives, the dev
 * set's "Norwegian Ministry of Foreign Affairs" lost its adjective and became Japan's MOFA (parties 96 → 92 %).
 */
const COUNTRY_BEFORE_MINISTRY = /^(?:Japanese|Indian)\s+(?=Ministry|Department)/u;

/** "Ministry of External Affairs, Government of India" → "Ministry of External Affairs": the country is the side, not the name. */
export function cleanOrgName(name: string): string {
  return (
    name
      .replace(/[.,;:]+$/u, '')
      .replace(/,\s*(?:Government|Govt\.?)\s+of\s+[\p{L} ]+$/u, '')
      .replace(TRAILING_COUNTRY, '')
      .replace(/^(?:the|The)\s+/u, '')
      .replace(/['’]s$/u, '')
      // "Department of Science and Technology of India" → its name; "Geological Survey of India" is one.
      .replace(OF_COUNTRY, '$1')
      .replace(offices().of, '')
      .replace(COUNTRY_BEFORE_MINISTRY, '')
      .trim()
  );
}

/**
 * Every "Long Name (ACR)" and "ACR (Long Name)" in a text. Only pairs whose
 * capitals fit are kept, so "(FIN-Q n)" or "(Planet-C)" do not invent names.
 */
export function findExpansions(text: string): Expansion[] {
  const out: Expansion[] = [];
  for (const m of text.matchAll(/\(([^()]{2,80})\)/gu)) {
    const inner = m[1]!.trim().replace(/^The\s+/, '');
    const before = text.slice(0, m.index).replace(/,\s*$/u, ' ');
    if (looksLikeAcronym(inner)) {
      const name = titleRunBefore(before);
      if (name.split(' ').length >= 2 && initialsFit(name, inner)) out.push({ name, acronym: inner });
    } else {
      const acronym = /([\p{L}][\p{L}\p{N}&/-]*)\s*$/u.exec(before)?.[1];
      const name = inner.split(',')[0]!.trim();
      if (
        acronym &&
        looksLikeAcronym(acronym) &&
        name.split(' ').length >= 2 &&
        TITLE_WORD.test(name.split(' ')[0]!) &&
        (initialsFit(name, acronym) || isOrganisation(name))
      ) {
        out.push({ name, acronym });
      }
    }
  }
  return out;
}

/** The acronym's first letter starts one of the name's words, and most of its letters are initials there. */
function initialsFit(name: string, acronym: string): boolean {
  const initials = name.split(/[\s\-/]+/).map((w) => w[0]?.toLowerCase() ?? '');
  const letters = acronym
    .replace(/[^\p{L}]/gu, '')
    .toLowerCase()
    .split('');
  if (!initials.includes(letters[0] ?? '')) return false;
  const hits = letters.filter((l) => initials.includes(l)).length;
  return hits / letters.length >= 0.5;
}

/** Corpus-wide dictionary: acronym → long name, and long name key → acronym. First expansion wins. */
export interface AcronymDictionary {
  expand(acronym: string): string | undefined;
  /**
   * The short form of an organisation's name: as written in some source or the gazetteer, else (when
   * `countries` names the organisation's country) a known agency of that country whose name has the
   * same words once country words and administrative heads are set aside ("Department of Natural
   * Resources of Canada" is "Natural Resources Canada", NRCan).
   */
  acronymOf(name: string, countries?: readonly string[]): string | undefined;
  /** The short form the gazetteer gives an agency of this exact name, whatever a text wrote beside it. */
  knownAcronym(name: string): string | undefined;
  has(acronym: string): boolean;
}

/** Words of an agency's name that say whose and what kind of office it is, not which one. */
const ADMINISTRATIVE = new Set([
  'of',
  'the',
  'and',
  'for',
  'government',
  'department',
  'ministry',
  'federal',
]);

/** An agency's name without its country's words and administrative heads: what tells it apart from its country's others. */
export function agencyCore(name: string, countryWords: ReadonlySet<string>): string {
  return nameKey(name)
    .split(' ')
    .filter((w) => !ADMINISTRATIVE.has(w) && !countryWords.has(w))
    .join(' ');
}

/** A known agency ("india" or a partner id), from content/agencies.yml or content/partners.yml. */
export interface KnownAgency extends Expansion {
  country: string;
}

export function buildAcronymDictionary(
  expansions: readonly Expansion[],
  agencies: readonly KnownAgency[] = [],
  coreOf: (name: string) => string = nameKey,
): AcronymDictionary {
  const byAcronym = new Map<string, string>();
  const byName = new Map<string, string>();
  const counts = new Map<string, Map<string, number>>();
  for (const e of [...agencies, ...expansions]) {
    const name = cleanOrgName(e.name);
    const names = counts.get(e.acronym) ?? new Map<string, number>();
    names.set(name, (names.get(name) ?? 0) + 1);
    counts.set(e.acronym, names);
    const key = nameKey(name);
    if (!byName.has(key)) byName.set(key, e.acronym);
  }
  // The expansion most sources agree on; an organisation's name over a title; then the shortest.
  const rank = ([n, c]: [string, number]) => [ORG_HEAD.test(n) ? 0 : 1, -c, n.length] as const;
  for (const [acronym, names] of counts) {
    const best = [...names.entries()].sort((a, b) => {
      const [x, y] = [rank(a), rank(b)];
      return x[0] - y[0] || x[1] - y[1] || x[2] - y[2] || (a[0] < b[0] ? -1 : 1);
    })[0]!;
    byAcronym.set(acronym, best[0]);
  }
  const known = new Map(agencies.map((a) => [nameKey(cleanOrgName(a.name)), a.acronym]));
  // Known agencies by their core words, per country; a core two agencies of one country share names neither.
  const byCore = new Map<string, string | null>();
  for (const a of agencies) {
    const key = `${a.country}\u0000${coreOf(a.name)}`;
    byCore.set(key, byCore.has(key) && byCore.get(key) !== a.acronym ? null : a.acronym);
  }
  return {
    expand: (a) => byAcronym.get(a),
    acronymOf: (n, countries = []) => {
      const key = nameKey(cleanOrgName(n));
      // "Indian Institute of Technology Madras" is IIT Madras: a known name and the place of one of its campuses.
      const campus = /^(.*) (\S+)$/u.exec(key);
      const exact =
        byName.get(key) ??
        (campus && byName.has(campus[1]!) && /\s\p{Lu}\p{Ll}+$/u.test(n.trim())
          ? `${byName.get(campus[1]!)} ${n.trim().split(' ').at(-1)}`
          : undefined);
      if (exact !== undefined || countries.length === 0) return exact;
      const core = coreOf(n);
      const hits = new Set(countries.map((c) => byCore.get(`${c}\u0000${core}`)).filter((a) => a != null));
      return hits.size === 1 ? [...hits][0] : undefined;
    },
    knownAcronym: (n) => known.get(nameKey(cleanOrgName(n))),
    has: (a) => byAcronym.has(a),
  };
}

export interface PartyOptions {
  dictionary: AcronymDictionary;
  /** True when a phrase names the partner country or one of its agencies. */
  isPartner(text: string): boolean;
  /** The adjective of the country a phrase names ("Norway" → "Norwegian"), for "Ministry of Foreign Affairs of Norway". */
  adjectiveOf?(text: string): string | undefined;
  /** Countries a phrase names by name or adjective ("india" for India), so an agency is looked up among its country's. */
  countriesIn?(text: string): string[];
  /** Where a text names a known agency in full ("Natural Resources Canada"), though no head word says it is one. */
  agencyNamesIn?(text: string): { start: number; end: number; text: string }[];
}

/** Offices people hold (`offices` in content/instruments.yml), longest first, compiled once. */
let officePatterns: { of: RegExp; trailing: RegExp; leading: RegExp } | undefined;
function offices(): { of: RegExp; trailing: RegExp; leading: RegExp } {
  if (!officePatterns) {
    const words = [...vocabulary().instruments.offices]
      .sort((a, b) => b.length - a.length)
      .map((o) => escapeStringRegexp(o).replace(/ /g, '\\s+'))
      .join('|');
    officePatterns = {
      // "Director of the …", "Secretary of …": the office before the organisation a person heads.
      of: new RegExp(`^.*\\b(?:${words})\\s+of\\s+(?=\\p{Lu})`, 'u'),
      // A title glued to a name where a table's cells ran together: "Department of Atomic Energy Deputy Minister".
      trailing: new RegExp(`\\s+(?:Deputy |Joint |Additional |Under |Vice[- ])?(?:${words})\\b.*$`, 'u'),
      // "Director General, Geological Survey of India": a signatory cell, the office then the organisation.
      leading: new RegExp(`^(?:(?:Deputy|Joint|Additional|Under|Vice)[- ])?(?:${words}),\\s+`, 'u'),
    };
  }
  return officePatterns;
}

/** "Ministry of Foreign Affairs of Norway" → "Norwegian Ministry of Foreign Affairs": a ministry's name alone names no country. */
function withCountryAdjective(name: string, options: PartyOptions): string {
  const m =
    /^((?:Ministry|Department|Federal Ministry) of .+?) of (?:the )?(\p{Lu}[\p{L}]+(?: \p{Lu}[\p{L}]+)?)$/u.exec(
      name,
    );
  if (!m || /^(?:India|Indian)$/u.test(m[2]!)) return name;
  const adjective = options.adjectiveOf?.(m[2]!);
  return adjective ? `${adjective} ${m[1]}` : name;
}

/** Acronyms that stand for a government as a whole, not a party to name. */
const GENERIC = new Set([
  'GOI',
  'GoI',
  'GoJ',
  'PM',
  'UN',
  'SDG',
  'SDGs',
  'ICT',
  'IT',
  'AI',
  'R&D',
  'IoT',
  'STI',
  'USD',
  'GDP',
  'COVID',
  'IPR',
  'EV',
  'EVs',
  'SME',
  'SMEs',
  'QUAD',
  'TFM',
  'PF',
  'SSA',
  'DCS',
  'CLND',
  'GCNEP',
  'SMRs',
  'IA',
  'LoI',
  'MoU',
  'MOU',
  'MoC',
  'MOC',
  'JWG',
  'JCM',
  'H.E.',
  'HE',
]);

interface Found {
  start: number;
  end: number;
  name: string;
  acronym: string | null;
}

/** Organisations in a sentence (a table row: cell by cell), in order of first mention, each once. */
export function parseParties(text: string, options: PartyOptions): Party[] {
  // The stages ask about the same words more than once (acceptance, attributes, the sentence's owner).
  let cache = partyCache.get(options);
  if (!cache) partyCache.set(options, (cache = new Map()));
  const known = cache.get(text);
  if (known) return known;
  if (cache.size > 20_000) cache.clear();
  const parties = partiesOfRow(text, options);
  cache.set(text, parties);
  return parties;
}

const partyCache = new WeakMap<PartyOptions, Map<string, Party[]>>();

function partiesOfRow(text: string, options: PartyOptions): Party[] {
  const cells = cellsOf(text);
  if (cells.length === 1) return partiesIn(text, options);
  const seen = new Set<string>();
  return cells
    .flatMap((c) => partiesIn(c.text, options))
    .filter((p) => !seen.has(partyKey(p)) && Boolean(seen.add(partyKey(p))));
}

function partiesIn(text: string, options: PartyOptions): Party[] {
  const found: Found[] = [];
  const taken: [number, number][] = [];
  const free = (s: number, e: number) => e === s || !taken.some(([a, b]) => s < b && e > a);
  const add = (f: Omit<Found, 'end'>, end: number) => {
    if (!free(f.start, end)) return;
    taken.push([f.start, end]);
    found.push({ ...f, end });
  };
  // The organisation after a split ("… and Volvo Group"): a phrase of its own, or a name as written when no head
  // word says it is an organisation.
  const addNextOrganisation = (right: string, rightAt: number): void => {
    if (isOrganisation(right)) addOrgPhrase(right, rightAt);
    else
      add(
        { start: rightAt, name: right, acronym: options.dictionary.acronymOf(right) ?? null },
        rightAt + right.length,
      );
  };
  const addOrgPhrase = (raw: string, at: number): void => {
    // "Science Foundation Ireland, Research Ireland Fund will …": a name complete with its country ends at the comma.
    const complete = /^([^,]+?\s(\p{Lu}[\p{L}]+)),\s+(?=\p{Lu})/u.exec(raw);
    if (complete && isOrganisation(complete[1]!) && (options.countriesIn?.(complete[2]!).length ?? 0) > 0) {
      addOrgPhrase(complete[1]!, at);
      addOrgPhrase(raw.slice(complete[0].length), at + complete[0].length);
      return;
    }
    // "Indian Institute of Technology, Kanpur and Volvo Group": a place after a comma closes the name
    // before it, and "and" starts the next organisation, head word or not.
    const placed =
      /^(.+?,\s+\p{Lu}[\p{L}-]+)\s+and\s+(?:the\s+)?(\p{Lu}[\p{L}&-]*(?:\s+\p{Lu}[\p{L}&-]*)+)\s*$/u.exec(
        raw,
      );
    if (placed && isOrganisation(placed[1]!.split(',')[0]!) && !/\s(?:of|for|and)$/u.test(placed[1]!)) {
      addOrgPhrase(placed[1]!, at);
      const right = placed[2]!;
      const rightAt = at + raw.lastIndexOf(right);
      addNextOrganisation(right, rightAt);
      return;
    }
    // "Department of Science and Technology and Campus France": after an agency the gazetteer knows,
    // "and" starts the next organisation, head word or not.
    for (const cut of raw.matchAll(/\s+and\s+(?:the\s+)?(?=\p{Lu}[\p{L}&-]*\s+\p{Lu})/gu)) {
      const left = raw.slice(0, cut.index).replace(/^(?:the|The)\s+/u, '');
      if (left.includes(',') || options.dictionary.knownAcronym(left) === undefined) continue;
      const right = raw.slice(cut.index + cut[0].length).replace(/(?:,?\s+(?:of|and|for|the|&))+\s*$/u, '');
      addOrgPhrase(raw.slice(0, cut.index), at);
      const rightAt = at + cut.index + cut[0].length;
      addNextOrganisation(right, rightAt);
      return;
    }
    let phrase = raw.replace(/(?:,?\s+(?:of|and|for|the|&))+\s*$/u, '').replace(/^and\s+/u, '');
    let start = at + raw.indexOf(phrase);
    // Drop a leading article or possessive country: "The Japan Society…", "India's Department…".
    const lead =
      /^(?:(?:The|A|An|Both|Under|During|Between|Another|Initially|Subsequently)\s+|[\p{L}-]+['’]s\s+)+/u.exec(
        phrase,
      );
    if (lead) {
      phrase = phrase.slice(lead[0].length);
      start += lead[0].length;
    }
    const office = offices().leading.exec(phrase);
    if (office) {
      phrase = phrase.slice(office[0].length);
      start += office[0].length;
    }
    const title = offices().of.exec(phrase);
    // "Italy's Minister of University and Research, Anna Maria Bernini": a person's portfolio, not a party.
    if (title && /\bMinister\s+of\s+$/u.test(title[0])) return;
    if (title) {
      phrase = phrase.slice(title[0].length);
      start += title[0].length;
    }
    if (!isOrganisation(phrase) || /\b(?:Dr|Mr|Ms|Prof|Shri|H\.E)\./u.test(phrase)) return;
    splitOrgList(phrase).forEach((part, k) => {
      const idx = phrase.indexOf(part.text);
      const s = idx >= 0 ? start + idx : start + phrase.length + k;
      add(
        { start: s, name: part.text, acronym: options.dictionary.acronymOf(part.text) ?? null },
        idx >= 0 ? s + part.text.length : s,
      );
    });
  };
  // 1. "Long Name (ACR)" and "ACR (Long Name)" written out here.
  for (const m of text.matchAll(/\(([^()]{2,80})\)/gu)) {
    const inner = m[1]!.trim().replace(/^The\s+/, '');
    const before = text.slice(0, m.index).replace(/,\s*$/u, ' ');
    if (looksLikeAcronym(inner) && !GENERIC.has(inner)) {
      const run = titleRunBefore(before);
      if (!run || !isOrganisation(run)) continue;
      // "Aarhus University and the Geological Survey of Denmark and Greenland (GEUS)": the acronym is the last one's.
      const pieces = splitOrgList(run).map((p) =>
        p.text.replace(/^[^,]+,\s+(?=.*\s)/u, (lead) => (isOrganisation(lead) ? lead : '')),
      );
      const name = pieces.at(-1) ?? run;
      for (const other of pieces.slice(0, -1)) {
        const at = before.lastIndexOf(other);
        if (at >= 0) add({ start: at, name: other, acronym: null }, at + other.length);
      }
      // "National Center for Polar and Ocean Research (RCPOR)": a known agency keeps its own short form.
      const acronym = options.dictionary.knownAcronym(name) ?? inner;
      add({ start: m.index - name.length - 1, name, acronym }, m.index + m[0].length);
    } else if (isOrganisation(inner)) {
      const acronym = /([\p{L}][\p{L}\p{N}&/-]*)\s*$/u.exec(before)?.[1];
      if (acronym && looksLikeAcronym(acronym))
        add(
          { start: m.index - acronym.length - 1, name: inner.split(',')[0]!.trim(), acronym },
          m.index + m[0].length,
        );
    }
  }
  // 2. Named organisations without an acronym: "Osaka University", "Ministry of Health and Family Welfare".
  for (const m of text.matchAll(namedOrganisationPattern())) {
    // "Department of Science and Technology and Singapore's Ministry of …" is two names.
    let offset = 0;
    for (const piece of m[0].split(/(?<=\s)(?=and\s+[\p{L}-]+['’]s\s)/u)) {
      addOrgPhrase(piece, m.index + offset);
      offset += piece.length;
    }
  }
  // 2b. Agencies the gazetteer knows by a name with no head word: "Natural Resources Canada".
  for (const m of options.agencyNamesIn?.(text) ?? []) {
    const acronym = options.dictionary.acronymOf(m.text);
    if (acronym !== undefined) add({ start: m.start, name: m.text, acronym }, m.end);
  }
  // 3. Bare acronyms another sentence expanded: "ISRO and JAXA signed".
  for (const m of text.matchAll(/(?<![\p{L}\p{N}])[\p{L}][\p{L}\p{N}&/-]*[\p{L}\p{N}]/gu)) {
    const word = m[0];
    if (!looksLikeAcronym(word) || GENERIC.has(word) || !options.dictionary.has(word)) continue;
    const name = options.dictionary.expand(word)!;
    if (!isOrganisation(name)) continue;
    add({ start: m.index, name, acronym: word }, m.index + word.length);
  }
  // IIT-Delhi, IIT-Bombay: institutes named by city.
  for (const m of text.matchAll(/\bIIT[-\s](\p{Lu}\p{L}+)/gu))
    add({ start: m.index, name: m[0], acronym: null }, m.index + m[0].length);
  // 4. "between PMDA, Japan and CDSCO, India", "(between MEA and MOFA)": short names nobody expanded.
  for (const m of text.matchAll(
    /\bbetween\s+(?:the\s+)?([\p{Lu}][\p{L}&\-/]+)(?:,\s*\p{Lu}\p{L}+)?\s+(?:and|&)\s+(?:the\s+)?([\p{Lu}][\p{L}&\-/]+)/gu,
  )) {
    for (const word of [m[1]!, m[2]!]) {
      if (!looksLikeAcronym(word) || GENERIC.has(word)) continue;
      const at = m.index + m[0].indexOf(word);
      add({ start: at, name: options.dictionary.expand(word) ?? word, acronym: word }, at + word.length);
    }
  }
  const seen = new Set<string>();
  return found
    .sort((a, b) => a.start - b.start)
    .map((f) => {
      // "the Ministry of Higher Education and Science on the Danish side": the Danish ministry.
      const side = /^\s+on the (\p{Lu}\p{L}+) side\b/u.exec(text.slice(f.end))?.[1];
      const sideAdjective = side && !/^Indian?$/u.test(side) ? options.adjectiveOf?.(side) : undefined;
      const countries = options.countriesIn?.(`${f.name} ${side ?? ''}`) ?? [];
      const acronym =
        f.acronym ??
        options.dictionary.acronymOf(f.name, countries) ??
        (looksLikeAcronym(f.name) ? f.name : null);
      const plain = withoutCountry(
        withCountryAdjective(cleanOrgName(f.name.replace(offices().trailing, '')), options),
        options,
      );
      const name =
        (acronym ? options.dictionary.expand(acronym) : undefined) ??
        (sideAdjective && /^(?:Ministry|Department)\b/u.test(plain) ? `${sideAdjective} ${plain}` : plain);
      return {
        name,
        acronym,
        side: sideOf(
          `${f.name} ${name} ${acronym ?? ''}`,
          text.slice(f.end, f.end + 40),
          text.slice(Math.max(0, f.start - 20), f.start),
          options,
        ),
      };
    })
    .filter((p) => {
      const key = partyKey(p);
      // "the Governments of India and Japan": the countries themselves, whom the record's partner already names.
      if (seen.has(key) || /^Governments?\s+of\b/u.test(p.name)) return false;
      seen.add(key);
      return true;
    });
}

/**
 * "Department of Science and Technology of Portugal", "Consiglio Nazionale delle Ricerche of Italy": the
 * country after a name that is complete without it is the party's side, not its name ("Research Council
 * of Norway" keeps it: the country is its only "of").
 */
function withoutCountry(full: string, options: PartyOptions): string {
  // "… of the Republic of India": the country's formal style, left behind once its name is taken off.
  const name = full.replace(
    /\s+of\s+the\s+(?:(?:Federal|Democratic|People['’]s|Socialist|Islamic|United)\s+)*(?:Republic|Kingdom|State|Federation|Commonwealth|Confederation)$/u,
    '',
  );
  const m = /^(.*\S)\s+of\s+(?:the\s+)?(\p{Lu}[\p{L}]+(?:\s+\p{Lu}[\p{L}]+)?)$/u.exec(name);
  if (!m || (options.countriesIn?.(m[2]!) ?? []).length === 0 || !options.isPartner(m[2]!)) return name;
  const inAnotherLanguage =
    (vocabulary().organisationHead.test(m[1]!) && !ORG_HEAD.test(m[1]!)) ||
    m[1]!.split(/\s+/u).some((w) => vocabulary().nameParticles.has(w) || isElidedTitle(w));
  return /\sof\s/u.test(m[1]!) || inAnotherLanguage ? m[1]! : name;
}

// A new organisation starts after "and": a head word, a country's name or adjective, a country's adjective
// before a head word, or after "… of India".
const ORG_LIST_SPLIT = new RegExp(
  String.raw`\s+(?:and|&)\s+(?=(?:the\s+)?(?:Ministry|Department|Government|Office|${HOME}|National|Cabinet|Institute|University|Agency|Federal|\p{Lu}\p{L}+ University|\p{Lu}\p{L}+(?:an|ish|ese|ch|ic) (?:Ministry|Department|Agency|Council|Institute|Office|Patent))\b)|(?<=\bof India)\s+and\s+(?=(?:the\s+)?\p{Lu})|,\s+(?=(?:Ministry|Department|Cabinet)\b)|(?<=^\p{Lu}{2,}[\p{L}-]*)\s+and\s+`,
  'u',
);

/** "Governments of India and Japan" names two parties; "Ministry of Education, Culture, Sports…" names one. */
function splitOrgList(phrase: string): { text: string }[] {
  const governments = /^Governments of (\p{Lu}\p{L}+) and (\p{Lu}\p{L}+)$/u.exec(phrase);
  if (governments)
    return [{ text: `Government of ${governments[1]}` }, { text: `Government of ${governments[2]}` }];
  const pieces = phrase.split(
    // A new organisation starts after "and": a head word, a country's adjective before one, or after "… of India".
    ORG_LIST_SPLIT,
  );
  return pieces
    .flatMap(splitAtAnd)
    .filter((p) => (isOrganisation(p) || looksLikeAcronym(p)) && !GENERIC.has(p))
    .map((text) => ({ text: text.replace(/^the\s+/u, '').replace(/^[\p{L}-]+['’]s\s+(?=\p{Lu})/u, '') }));
}

/**
 * "Indian Council of Agricultural Research and the Kenya Agricultural … Organization": two names
 * when both halves have an organisation's head word. "and the" is the surer cut; else the last "and"
 * ("Department of Science and Technology and Science Foundation Ireland").
 */
function splitAtAnd(phrase: string): string[] {
  const cuts = [...phrase.matchAll(/\s+and\s+(the\s+)?(?=\p{Lu})/gu)].sort(
    (a, b) => Number(Boolean(b[1])) - Number(Boolean(a[1])) || b.index - a.index,
  );
  for (const cut of cuts) {
    const [left, right] = [phrase.slice(0, cut.index), phrase.slice(cut.index + cut[0].length)];
    // ", Government of Japan" qualifies the name before it; it is not a head of its own.
    const bare = (x: string) => x.replace(/,\s*(?:Government|Govt\.?)\s+of\s+.*$/u, '');
    if (isOrganisation(bare(left)) && isOrganisation(bare(right)) && !/\b(?:of|for)$/u.test(left))
      return [...splitAtAnd(left), right];
  }
  return [phrase];
}

const INDIA = /\b(?:India|Indian|Indo|GOI|GoI)\b/u;

/** Binational bodies are joint; otherwise the partner's side if its name or the words around it say so. */
function sideOf(name: string, rest: string, before: string, options: PartyOptions): Party['side'] {
  const partner = options.isPartner(name);
  const india = INDIA.test(name);
  if (partner && india) return 'joint';
  if (partner) return 'partner';
  if (india) return 'india';
  if (
    /^\s*\([^)]*\)\s*,?\s*(?:India|GOI)\b|^,?\s*(?:India|GOI)\b|^\s+of\s+India\b/u.test(rest) ||
    /India['’]s\s*$/u.test(before)
  )
    return 'india';
  const qualifier = /^\s*(?:\([^)]*\))?\s*,?\s*(?:of\s+)?([\p{L}.]+)/u.exec(rest)?.[1] ?? '';
  if (options.isPartner(qualifier) || (/['’]s\s*$/u.test(before) && options.isPartner(before)))
    return 'partner';
  return 'india';
}

/** Party names blanked out, so "between … Japan Society for the Promotion of Science …" is not read as the topic. */
export function maskParties(text: string, parties: readonly Party[]): string {
  let out = text;
  for (const p of parties) {
    for (const w of [p.name, p.acronym].filter((x): x is string => x !== null))
      out = out.replace(new RegExp(`${escapeStringRegexp(w)}(?!['’]s)`, 'gu'), (hit) =>
        ' '.repeat(hit.length),
      );
  }
  return out.replace(/\([\s]*\)/gu, (m) => ' '.repeat(m.length));
}
