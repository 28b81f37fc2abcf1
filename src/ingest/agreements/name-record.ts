/**
 * Names and ids for records. A named instrument keeps the name the text gives
 * it; an unnamed one is called by its parties and type, as a reader would
 * search for it ("DST–JST MoU"). Ids are slugs of the name and year, so they
 * stay put while the text does.
 */
import type { AgreementType, Party } from '../../schemas/agreement.ts';
import { slugifyWords } from '../segment.ts';
import escapeStringRegexp from 'escape-string-regexp';
import { findCues, shortLabel } from './classify-type.ts';
import { vocabulary } from './vocabulary.ts';
import { nameKey } from '../../utils/names.ts';
import { PERIOD_AFTER, findDates } from './parse-date.ts';
import { MONTH_PATTERN } from '../../utils/dates.ts';

const MAX_TOPIC_WORDS = 12;

/** "for collaboration on the research … (a remote sensing technique …) experiment" → its first words, without asides. */
export function shortTopic(topic: string): string {
  const words = topic
    .replace(/\s*\([^()]*\)/gu, '')
    .replace(/\s+/g, ' ')
    .trim()
    .split(' ');
  const cut = words
    .slice(0, MAX_TOPIC_WORDS)
    .join(' ')
    .replace(/[,;:]$/u, '');
  return words.length > MAX_TOPIC_WORDS ? `${cut.replace(/\s+(?:the|of|and|on|in|for|to|a)$/u, '')}…` : cut;
}

/**
 * A topic as far as it says what the instrument is about: without a date and what follows it ("green
 * hydrogen in 2021"), a second instrument (", together with a Memorandum …") or a clause (", which …").
 */
export function trimTopic(topic: string): string {
  let out = topic;
  const date = findDates(out)[0];
  if (date)
    out = out
      .slice(0, date.start)
      .replace(/(?:\s+(?:in|on|since|from|by|during|of|until|till|dated))+\s*$/u, '');
  out = out
    .replace(/,?\s+(?:together with|along with|as well as|while|which|who|whereby)\b.*$/u, '')
    // "… during the visit", "… during his visit to Delhi": the occasion, not the subject.
    .replace(/\s+during\s+(?:the|a|an|his|her|their|its)\b.*$/u, '')
    // "…, another between …", "… with Mexico's [agency]": the next item of a list, a party's possessive.
    .replace(/,?\s+(?:and\s+)?(?:another|the other|the second|the third)\b.*$|,\s+one\b.*$/u, '')
    .replace(/\s+(?:with|between|by|and)\s+[\p{L}-]+['’]s(?:\s.*)?$/u, '')
    // ", at a cost of …", ", under which …", ", funded by …": a new phrase, not more of the topic.
    .replace(/,\s+(?:at|in|on|for|with|by|from|to|under|and the|a|an|the|\p{Ll}+ed\s+by)(?:\s.*)?$/u, '')
    // ", launched in February 2023", ", set up in 2019": what happened to it, not its subject.
    .replace(/,\s+(\p{Ll}+(?:\s+up)?)\b.*$/u, (all, word: string) =>
      vocabulary().events.test(word) ? '' : all,
    )
    // ", valid for five years", "seismology in New Delhi": its life and where it was signed are not its subject.
    .replace(/,\s+(?:valid|effective|renewable|extendable|extendible)\b.*$/u, '')
    .replace(/(?<=\p{Ll})\s+(?:in|at)\s+\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?$/u, '');
  // "cooperation in the field of Biotechnology", "collaboration activities on the radio occultation …":
  // every instrument is about cooperation; what it is about follows.
  const subject = out.replace(COOPERATION_LEAD, '');
  if (subject.length >= 3 && subject !== out) out = subject.replace(/^the\s+/u, '');
  return out
    .replace(/[\s,;:]+$/u, '')
    .replace(/(?:\s+(?:the|of|and|on|in|for|to|a|an))+$/u, '')
    .trim();
}

const COOPERATION_LEAD =
  /^(?:(?:mutual|future|comprehensive|bilateral|closer|collaborative|cooperative|joint)\s+)?(?:co-?operation|collaboration|co-?operative activities|collaborative activities|collaboration activities)\s+(?:in|on|for|concerning|regarding|pertaining to)\s+(?:the\s+)?(?:fields?\s+of\s+|areas?\s+of\s+)?/iu;

/** "MOC in Cybersecurity": a topic right after the cue. */
const DIRECT_TOPIC = new RegExp(
  `^\\s+in\\s+(?!the field|the area|\\d|(?:${MONTH_PATTERN})\\b)([\\p{Lu}][\\p{L}\\- ]{2,40}?)(?=\\s*[(,.]|\\s+(?:between|was|has|is|for|signed|during)\\b)`,
  'u',
);
/** "… on collaboration on the research …", "in the field of Healthcare": what follows a topic word. */
const TOPIC = new RegExp(
  `\\b(?:in the field of|in the area of|on|for|concerning|regarding|to pursue)\\s+(?!\\d|on\\s+\\d|(?:${MONTH_PATTERN})\\b|a period|the visit|behalf|(?:one|two|three|four|five|six|seven|eight|nine|ten|\\d+|a further \\w+)\\s+years?\\b)(.+?)(?=\\s+(?:was|were|has|have|had|is|met|meets|between|signed|during|at the|from|with effect)\\b|\\s+on\\s+\\d|[.;:]|,\\s+which|$)`,
  'u',
);

/** What an unnamed formal instrument is about: "MoC in the field of Healthcare", "MoU … for collaboration on …". */
export function topicOf(segment: string, cueEnd: number): string | null {
  // A table row's topic is in the instrument's own cell.
  const rest = segment.slice(cueEnd).split(/\t| \| /u)[0]!;
  // "The Programme of Cooperation for 2019-2022": the period it runs names it.
  const period = PERIOD_AFTER.exec(rest);
  if (period) return period[1]!.replace(/\s+/gu, ' ');
  // "MOC in Cybersecurity": a topic right after the cue.
  const direct = DIRECT_TOPIC.exec(rest);
  if (direct) return shortTopic(trimTopic(direct[1]!));
  const m = TOPIC.exec(rest);
  if (!m) return null;
  const topic = trimTopic(m[1]!.replace(/^(?:the|a|an)\s+/iu, '').trim());
  return topic.length >= 3 ? shortTopic(topic) : null;
}

/** "Indian Space Research Organisation (ISRO)" → "ISRO"; "Osaka University" stays whole. */
export function shortParty(p: Party): string {
  return p.acronym ?? p.name;
}

/** The parties as "India side–partner side" short names, two at most. */
export function partiesLabel(parties: readonly Party[]): string {
  const india = parties.filter((p) => p.side === 'india').slice(0, 1);
  const partner = parties.filter((p) => p.side !== 'india').slice(0, 1);
  const pair = india.length + partner.length === 2 ? [...india, ...partner] : parties.slice(0, 2);
  // "MOC–MIC MoC": a party whose short form is an instrument's (MOC, the Ministry of Communication) reads as one.
  if (pair.some((p) => p.acronym !== null && vocabulary().instrumentAcronyms.has(p.acronym))) return '';
  return pair.length === 2 ? pair.map(shortParty).join('–') : '';
}

export function generatedName(input: {
  type: AgreementType;
  named: string | null;
  topic: string | null;
  /** An unnamed instrument as the text describes it: "joint AI initiative on healthcare", "fellowship for young researchers". */
  described?: string | null;
  /** Its short form, where the text gives one: "(IUSSTF)". */
  acronym?: string | null;
  /** The body whose own instrument it is: "IGSTC joint AI initiative on …". */
  runBy?: string | null;
  parties: readonly Party[];
  partnerName: string;
  cueText: string;
}): string {
  const who = partiesLabel(input.parties) || `India–${input.partnerName}`;
  if (input.named) {
    const name = input.named.replace(/\s+/g, ' ').trim();
    return input.acronym || /\([^()]+\)$/u.test(name)
      ? withAcronym(name, input.acronym)
      : namedInFull(name, who);
  }
  if (input.described)
    return `${input.runBy ?? who} ${input.described.replace(/^\p{Lu}(?=\p{Ll})/u, (c) => c.toLowerCase())}`;
  const label = shortLabel(input.type) ?? input.cueText;
  if (input.topic)
    return `${who} ${label}${/^(?:on|in|for)\b/u.test(input.topic) ? ' ' : ' on '}${input.topic}`;
  return `${who} ${label}`;
}

/**
 * A name that starts with its instrument word, and names no side, says whose it is first: "JWG on
 * Health" is the "India–Japan Joint Working Group on Health", "Letter of Intent on the Strategic
 * International Cooperative Program" the "DST–JST Letter of Intent on …"; an instrument acronym is
 * written out where its type has a longer label.
 */
function namedInFull(name: string, who: string): string {
  const first = findCues(name)[0];
  if (!first || first.start !== 0 || SIDE_WORD.test(name)) return name;
  const label = shortLabel(first.cue.type);
  const head =
    vocabulary().instrumentAcronyms.has(first.text) && label && label.length > first.text.length
      ? label
      : first.text;
  return `${who} ${head}${name.slice(first.end)}`;
}

/** Words that say whose an instrument is: India's, or a partner's with India ("Indo-German", "Japan-India"). */
const SIDE_WORD = /(?<![\p{L}])(?:India|Indian|Indo)(?![\p{L}])/u;

/** "Indo-US Science and Technology Forum (IUSSTF)"; "US India Artificial Intelligence (USIAI) Initiative" → "… Initiative (USIAI)". */
function withAcronym(name: string, acronym: string | null | undefined): string {
  if (!acronym) return name;
  const inner = ` (${acronym})`;
  if (name.endsWith(inner)) return name;
  // Only where a capitalised word follows: "International Research Training Groups (IRTG) programmes" stays.
  if (new RegExp(`${escapeStringRegexp(inner)} \\p{Lu}\\p{Ll}+$`, 'u').test(name))
    return `${name.replace(inner, '')}${inner}`;
  if (name.includes(inner)) return name;
  return new RegExp(`(?<![\\p{L}\\p{N}])${escapeStringRegexp(acronym)}(?![\\p{L}\\p{N}])`, 'u').test(name)
    ? name
    : `${name}${inner}`;
}

/**
 * The words an id is made of: an instrument's own short form ("igstc", "fin-q", with no year: the
 * short form is the instrument's for good); an unnamed one's parties and type ("isro-jaxa-mou", and its
 * year); else its name and year. Ids stay short and readable without an editor.
 */
export function idWords(
  record: { name: string; parties: readonly Party[]; type: AgreementType },
  acronym: string | null,
  named: boolean,
): { words: string; year: boolean } {
  if (acronym && acronym.replace(/[^\p{L}\p{N}]/gu, '').length >= 3) return { words: acronym, year: false };
  const pair = partiesLabel(record.parties);
  if (!named && pair) return { words: `${pair} ${shortLabel(record.type) ?? record.type}`, year: true };
  return { words: record.name, year: true };
}

/** Capitalised first letter, for generic names made from running text ("joint AI initiative…"). */
export function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** The ids handed out so far, and for each id stem the suffix from which the next free one is sought. */
export interface TakenIds {
  readonly ids: Set<string>;
  readonly nextSuffix: Map<string, number>;
}

export function noTakenIds(): TakenIds {
  return { ids: new Set(), nextSuffix: new Map() };
}

/**
 * Stable id: the name's words and the year, unique within the corpus; the
 * first record with a name keeps the plain id, later ones get -2, -3….
 * Records it into `taken`. The search for a free suffix resumes where the last
 * one for the same stem ended (every suffix before it is taken, and ids are
 * never given back): counting from 2 each time was quadratic in records named
 * alike, 52 of the 229 s of a 10,000-document ingest.
 */
export function recordId(
  words: string,
  date: string | null,
  taken: TakenIds,
  fallback?: string,
  withYear = true,
): string {
  const base = slugifyWords(words.replace(/[–—]/g, ' '), 9) || 'record';
  const year = withYear ? date?.slice(0, 4) : undefined;
  const stem = year && !base.includes(year) ? `${base}-${year}` : base;
  // Short words taken already ("isro-jaxa-mou-2016" twice): the full name tells the two apart.
  if (fallback !== undefined && taken.ids.has(stem)) return recordId(fallback, date, taken);
  let id = stem;
  for (let n = taken.nextSuffix.get(stem) ?? 2; taken.ids.has(id); n++) {
    id = `${stem}-${n}`;
    taken.nextSuffix.set(stem, n);
  }
  taken.ids.add(id);
  return id;
}

/** The words an instrument key leaves out, made once per list of country words (a thousand of them). */
const stripSets = new WeakMap<readonly string[], Set<string>>();

/** Country words and cue words stripped, so "MOC on India-Japan Digital Partnership (IJDP)" = "2018 India-Japan Digital Partnership". */
export function instrumentKey(name: string, countryWords: readonly string[]): string {
  let strip = stripSets.get(countryWords);
  if (!strip) {
    strip = new Set([
      'india',
      'indian',
      'indo',
      'us',
      'mou',
      'moc',
      'loi',
      'ia',
      'jwg',
      'meeting',
      'meetings',
      's',
      ...countryWords.map((w) => w.toLowerCase()),
    ]);
    stripSets.set(countryWords, strip);
  }
  const key = nameKey(
    name
      .replace(/\([^()]*\)/gu, ' ')
      .replace(
        /Memorand(?:um|a) of (?:Understanding|Co-?operation)|Letters? of Intent|Implement(?:ation|ing) Arrangements?/giu,
        ' ',
      )
      .replace(/\b(?:1[89]|20)\d{2}\b/gu, ' '),
  );
  return key
    .split(' ')
    .filter((w) => !strip.has(w))
    .join(' ')
    .replace(/^(?:(?:on|of|for|in|and)\s+)+/u, '')
    .split(' ')
    .map((w) => w.replace(/(?<=[a-z]{3})s$/u, ''))
    .join(' ');
}
