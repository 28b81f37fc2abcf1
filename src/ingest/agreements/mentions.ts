/**
 * Stage 2, mentions: every place a sentence names an instrument, with its
 * type (the name's head, from content/instruments.yml), its own name when the
 * text gives one, its acronym, and whether it refers back ("the MoU") or names
 * a parent ("under the overall MoC").
 */
import type { AgreementType } from '../../schemas/agreement.ts';
import { eventWord, findCues, typeOfPhrase } from './classify-type.ts';
import { trimTopic } from './name-record.ts';
import { PERIOD_AFTER, findDates } from './parse-date.ts';
import { looksLikeAcronym, titleRunBefore } from './parse-parties.ts';
import { perCell } from '../table-cells.ts';
import { vocabulary } from './vocabulary.ts';
import { MONTH_PATTERN } from '../../utils/dates.ts';

export interface Mention {
  type: AgreementType;
  formal: boolean;
  /** The instrument's own name, when the text gives one ("India-Japan Cooperative Science Programme"). */
  named: string | null;
  /** For unnamed formal instruments: what it is about ("comprehensive ICT cooperation"). */
  topic: string | null;
  /** Its short form, when written beside it: "(IGSTC)". */
  acronym: string | null;
  start: number;
  end: number;
  /** "the MOU", "this agreement": the instrument is one named before. */
  anaphor: boolean;
  /** "under the overall MoC in the field of Healthcare": names the parent of the others in the sentence. */
  parentRef: boolean;
  /** "… was signed as a Memorandum of Co-operation": the formal cue gives the type of a named phrase. */
  plural: boolean;
  /** "three memoranda covering space, biotechnology and oceanography": the item of the list this one is on. */
  item: string | null;
}

const ORDINAL =
  /^(?:\d+(?:st|nd|rd|th)|First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth)\s+/iu;
/** Sentence-initial words and years that precede a name without being part of it: "During the 3rd JWG", "the 2006 MOU". */
const LEADING_FUNCTION_WORDS =
  /^(?:(?:During|Under|In|On|[Tt]he|A|An|Another|Both|This|That|These|Those|Such|Currently|Initially|Subsequently|Following|Last|Earlier|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Several|Many|Some|Numerous|Various|Multiple|Most|Other|Few|All|(?:1[89]|20)\d{2}|\d+(?:st|nd|rd|th)?)\s+)+/u;

/** "a virtual workshop on "Developing STI Partnerships …"": the title of a meeting, not of an instrument. */
const EVENT_TITLE_BEFORE =
  /\b(?:workshop|seminar|conference|webinar|symposium|event|lecture|session|meeting|summit)s?\s+(?:on|titled|entitled|called)\s+$/iu;

/** A cue inside a short quoted title ("Roadmap for India-Japan forest and forestry cooperation"): the title is the name. */
function quotedAround(
  text: string,
  s: number,
  e: number,
): { text: string; start: number; end: number } | null {
  for (const m of text.matchAll(/["“]([^"”]{3,140})["”]/gu)) {
    const inner = m[1]!;
    if (m.index < s && m.index + m[0].length > e && inner.split(/\s+/).length <= 16)
      return { text: inner.trim(), start: m.index, end: m.index + m[0].length };
  }
  return null;
}
const TITLE = /^[\p{Lu}\p{N}][\p{L}\p{N}&'’.\-–/]*$/u;

/**
 * Quoted speech ("Several MoUs have been signed over the years," said a diplomat): what someone says
 * about instruments names none. A quotation that ends in punctuation inside its marks, or that "said"
 * or "says" follows, is speech; a quoted title ("Roadmap for …") is not.
 */
function speechSpans(text: string): [number, number][] {
  return [...text.matchAll(/["“]([^"”]+)["”]/gu)]
    .filter(
      (m) =>
        /[,.!?]\s*$/u.test(m[1]!) ||
        /^\s*,?\s*(?:said|says|added|according)\b/u.test(text.slice(m.index + m[0].length)),
    )
    .map((m) => [m.index, m.index + m[0].length]);
}

/** Title-case words after a cue: "Initiative on Critical and Emerging Technologies (iCET)", "Dialogue on the Environment". */
function titleRunAfter(text: string): string {
  const m =
    /^(?:\s+Meeting)?\s+(?:on|of|for)\s+(?:the\s+)?((?:[\p{Lu}][\p{L}\p{N}&'’.\-/]*)(?:,\s+[\p{Lu}][\p{L}\p{N}&'’.\-/]*|\s+(?:[\p{Lu}\p{N}][\p{L}\p{N}&'’.\-/]*|and|of|&|for|the|in|on|to)){0,12})/u.exec(
      text,
    );
  if (!m) return '';
  if (new RegExp(`^(?:(?:${MONTH_PATTERN})(?![\\p{L}])|\\d)`, 'u').test(m[1]!)) return '';
  // "Implementing Arrangement on the Trishna mission": capitalised words before a common noun qualify
  // it; they are the topic's words, not the instrument's name.
  const next = /^\s+(\p{Ll}[\p{Ll}-]+)\b/u.exec(text.slice(m[0].length))?.[1];
  if (
    /\sthe\s+$/u.test(m[0].slice(0, m[0].indexOf(m[1]!))) &&
    next !== undefined &&
    !RUN_ENDS.has(next) &&
    !/(?:ed|ing|ly|s)$/u.test(next)
  )
    return '';
  // "… Development of 1974": the year is a date, not part of the name.
  let words = m[0].replace(DATE_AFTER_NAME, '').replace(/(?:,?\s+(?:and|of|&|for|the|in|on|to))+$/u, '');
  // Stop before a following name that is a party, not part of this one: "… Partnership between …" has no capitals anyway.
  words = words.replace(/,\s*$/u, '');
  return words;
}

/** Lowercase words that may follow a name: function words and verbs, not a noun the name would qualify. */
const RUN_ENDS = new Set(
  'and or in on at for with between by was were is are has have had to from of during which that who the a an under as will would shall can could may since until till dated signed through within among across into after before while whereby also its their met meet held began set made took led'.split(
    ' ',
  ),
);

/** "Indo-French postdoctoral ", "India-Kenya joint ": a bilateral adjective and up to three lowercase words. */
const SIDED_DESCRIPTION =
  /(?<![\p{L}])((?:Indo|India|Indian|\p{Lu}\p{Ll}+)[-–]\p{Lu}[\p{L}]+(?:\s+\p{Ll}[\p{L}-]*){0,3})\s+$/u;

/** "… Development of 1974", "… Cooperation in April 2018": a date after a name, not part of it. */
const DATE_AFTER_NAME = new RegExp(
  `(?:\\s+(?:of|in|on|from|since)\\s+(?:(?:1[89]|20)\\d{2}\\b|\\d{1,2}(?:st|nd|rd|th)?\\s+\\p{Lu}|(?:${MONTH_PATTERN})\\b).*)$`,
  'u',
);

/** Where the instrument's name or type says it is one of several: "three … Joint Laboratories". */
const PLURAL = /(?:ies|s)$/u;

/** Quoted titles after a plural cue: in the area of "A", "B" and "C". */
function quotedTitles(text: string): string[] {
  const m = /^\s+in the areas? of\s+((?:["“][^"”]+["”](?:\s*,\s*|\s+and\s+)?){2,})/u.exec(text);
  if (!m) return [];
  return [...m[1]!.matchAll(/["“]([^"”]+)["”]/gu)].map((x) => x[1]!.trim());
}

/** "this MoU", "such programmes", "its first joint call", "whose first call": one named before, or part of it. */
const DEMONSTRATIVE_BEFORE =
  /\b(?:this|that|these|such|said|its|whose|their)\s+(?:(?:first|second|third|latest|new|next)\s+)?$/iu;
/** "implemented by", "run by … and by": an organisation that carries an instrument out. */
const AGENT =
  /\b(?:implemented|run|managed|administered|operated|executed|coordinated|co-chaired|chaired|led)\s+by\b[^.;]*\bby\s+(?:the\s+)?$|\b(?:implemented|run|managed|administered|operated|executed|coordinated|co-chaired|chaired|led)\s+by\s+(?:the\s+)?$/iu;
/** A description set beside a name by a comma or dash: "…Transition - a global …", "…Startup Bridge, a platform …". */
const APPOSITION = /\s(?:\p{Lu}[\p{L}\p{N})]*|\([\p{Lu}\p{N}&-]{2,15}\))\s*(?:,|\s[-–—])\s+$/u;
/** A mention with every flag off: what the stages below change is spelt out where they make one. */
export function mention(fields: Pick<Mention, 'type' | 'start' | 'end'> & Partial<Mention>): Mention {
  return {
    formal: false,
    named: null,
    topic: null,
    acronym: null,
    anaphor: false,
    parentRef: false,
    plural: false,
    item: null,
    ...fields,
  };
}

/** Words that count instruments or say one is new: "two experimental beamlines", "a new initiative". */
const DETERMINER =
  /(?<![\p{L}\p{N}])(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+((?:[\p{L}&-]+\s+){0,3})$/iu;
/** Adjectives that make an unnamed mention specific even with no event word ("a university partnership on …"). */
const SPECIFIC =
  /\b(?:joint|bilateral|university|virtual|research|pathbreaking|broad|experimental|industrial|new)\b/iu;

/**
 * "India funded two experimental beamlines, XRD2 and XPRESS, at the Elettra synchrotron", "launched a
 * new initiative on green hydrogen", "a university partnership on sustainable biofuels": an instrument
 * with no name of its own, counted or introduced by "a", that its clause says was made (an event word)
 * or that its adjectives make specific. Its topic is what it is on, for or at; null when it is none.
 */
function unnamedSpecific(
  text: string,
  cueStart: number,
  cueEnd: number,
): { start: number; topic: string; kind: string } | null {
  const before = text.slice(0, cueStart);
  const determiner = DETERMINER.exec(before);
  if (!determiner) return null;
  const clauseStart = Math.max(...[';', ':', '.'].map((c) => before.lastIndexOf(c))) + 1;
  const clauseEnd = text.slice(cueEnd).search(/[;.](?:\s|$)/u);
  const clause = text.slice(clauseStart, clauseEnd < 0 ? text.length : cueEnd + clauseEnd);
  const words = determiner[1]!.trim();
  if (!(eventWord(clause) || SPECIFIC.test(words) || /\b(?:talks|considering|announced)\b/u.test(clause)))
    return null;
  // "…, XRD2 and XPRESS, at the Elettra synchrotron in Trieste": what it is on, in, for or at.
  const on =
    /^(?:,\s+[^,;.]{1,40},)?\s+(on|in|for|at)\s+([^.;:]+?)(?=\s+(?:with|between|and the|by)\b|[.;:]|$)/u.exec(
      text.slice(cueEnd),
    );
  const topic = on ? trimTopic(on[2]!) : '';
  const adjectives = words.replace(/\bnew\b\s*/iu, '').trim();
  const cue = text.slice(cueStart, cueEnd);
  return {
    start: cueStart - determiner[1]!.length,
    topic: `${adjectives ? `${adjectives} ` : ''}${cue}${topic ? ` ${on![1]} ${topic}` : ''}`,
    kind: `${adjectives ? `${adjectives} ` : ''}${singular(cue)}`,
  };
}

const COUNTS: Record<string, number> = {
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
};

/** "memoranda" → "memorandum", "laboratories" → "laboratory", "initiatives" → "initiative". */
export function singular(word: string): string {
  return word
    .replace(/(?<=[Mm]emorand)a$/u, 'um')
    .replace(/ies$/u, 'y')
    .replace(/(?<![su])s$/u, '');
}

/**
 * "three memoranda covering space, biotechnology and oceanography", "Three joint laboratories were
 * established in the areas of A, B and C": the items of the list that follows a counted plural, when
 * there are as many as the count says; none otherwise.
 */
export function countedItems(text: string, cueStart: number, cueEnd: number): string[] {
  // The count nearest the instrument word: "The two sides signed three MoUs" counts three.
  const count =
    /(?<![\p{L}\p{N}])(two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?:(?!(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s)[\p{L}&-]+\s+){0,3}$/iu.exec(
      text.slice(0, cueStart),
    )?.[1];
  const n = count === undefined ? 0 : (COUNTS[count.toLowerCase()] ?? Number(count));
  const after = text.slice(cueEnd);
  // "MoUs on glaciology, on mining and on space", "two memoranda in 2021, on A and on B": each item
  // repeats its preposition, so the list needs no count.
  const repeated = repeatedItems(after);
  if (repeated.length >= 2 && (n === 0 ? pluralHead(text.slice(cueStart, cueEnd)) : repeated.length === n))
    return repeated;
  if (n < 2) return [];
  const list =
    /^[^.;:]{0,40}?\s(?:in the (?:areas?|fields?) of|covering|concerning|on|in|for)\s+(?!\d)(?:the\s+)?([^.;:]+)/u.exec(
      after,
    )?.[1];
  if (!list) return [];
  // "three MoUs, on A, B and C, and a Letter of Intent on D": the list ends where another instrument begins.
  const next = findCues(list).find((c) => c.start > 0);
  // A dash closes a list set off by dashes: "three MoUs – in the fields of A, B and C – during the visit".
  const own = (
    next ? list.slice(0, next.start).replace(/,?\s+(?:and|as well as)\s+(?:an?|the)\s*$/u, '') : list
  ).split(/\s[–—]\s/u)[0]!;
  const pieces = trimTopic(own)
    .split(/\s*,\s*/u)
    .map((p) => p.replace(/^and\s+/u, ''));
  const last = pieces.pop() ?? '';
  const and = last.lastIndexOf(' and ');
  const items = [
    ...pieces,
    ...(and > 0 && pieces.length + 2 === n ? [last.slice(0, and), last.slice(and + 5)] : [last]),
  ]
    .map((p) => p.trim())
    .filter(Boolean);
  return items.length === n ? items : [];
}

/** "MoUs", "Memoranda of Understanding", "Programmes of Cooperation": the head word is plural. */
export const pluralHead = (cue: string) =>
  /^memoranda\b/iu.test(cue) || PLURAL.test(cue.replace(/\s+(?:of|for|on)\s.*$/u, ''));

/** "on A, on B and on C" after an instrument word (a date or a comma may come first): A, B and C. */
function repeatedItems(after: string): string[] {
  // The list may follow a verb and a date: "… were signed in 2020 – on A, on B and on C".
  // "two agreements, one on A and the other on B": each item may be counted off.
  const m =
    /^[^.;:]{0,50}?(?:,|:|\s[–—-])?\s+(?:one\s+)?(on|in|for|concerning)\s+(?!\d|the year)([^.;:]+)/u.exec(
      after,
    );
  if (!m) return [];
  const on = m[1]!;
  const pieces = m[2]!
    .split(/\s[–—]\s/u)[0]!
    .split(
      new RegExp(
        `\\s*,?\\s+and\\s+(?:(?:another|the other|the second|the third)\\s+)?(?=${on}\\s)|\\s*,\\s+(?:(?:another|the other|the second)\\s+)?(?=${on}\\s)`,
        'u',
      ),
    );
  if (pieces.length < 2) return [];
  return pieces
    .map((p, k) =>
      trimTopic(
        (k === 0 ? p : p.slice(on.length + 1)).replace(
          /\s+(?:was|were|is|are|has|have|had|between|signed|with|by)\b.*$/u,
          '',
        ),
      ),
    )
    .filter((p) => p.length >= 3);
}
/** "under the overall MoC", "guided by the India-Japan Science Council": the instrument the others are made under. */
const PARENT_BEFORE =
  /\b(?:under\s+(?:this|the|that)|(?:guided|overseen) by(?:\s+(?:this|the|that))?|under the aegis of(?:\s+the)?|(?:as\s+(?:envisaged|provided|foreseen)\s+(?:in|by)|in accordance with|pursuant to|in line with|follows|as part of|within the framework of|in the framework of)\s+the)\s+(?:overall\s+)?["“]?$/iu;

/** A partnership with a name of its own ("Green Strategic Partnership", "… on Water") is an initiative. */
const thematic = (type: AgreementType): AgreementType => (type === 'partnership' ? 'initiative' : type);

/** Every instrument a sentence (a table row: cell by cell) names, in reading order. */
export function findMentions(text: string): Mention[] {
  return perCell(text, mentionsIn);
}

function mentionsIn(text: string): Mention[] {
  // Cues inside quoted speech are taken from the start, so they make no mention.
  const taken: [number, number][] = speechSpans(text);
  const free = (s: number, e: number) => !taken.some(([a, b]) => s < b && e > a);
  const mentions: Mention[] = [];
  {
    for (const hit of findCues(text)) {
      const { cue } = hit;
      const m = [hit.text] as const;
      const cueStart = hit.start;
      const cueEnd = hit.end;
      if (!free(cueStart, cueEnd)) continue;
      // "between MOC (Ministry of Communication, India) and MIC", "JCM (Joint Crediting Mechanism)": a short
      // form spelt out as something else is not the instrument's.
      const spelt = /^\s*\(([^()]+)\)/u.exec(text.slice(cueEnd))?.[1];
      if (
        vocabulary().instrumentAcronyms.has(hit.text) &&
        spelt !== undefined &&
        /^\p{Lu}/u.test(spelt) &&
        typeOfPhrase(spelt) !== cue.type &&
        !/^(?:Science|Technology|S&T)/u.test(spelt)
      )
        continue;
      // "a virtual workshop on "Developing STI Partnerships …"": a meeting's title names no instrument (it is
      // the record itself when the cue is a meeting's: "An event on "India-Japan … Seminar Series"").
      const title = quotedAround(text, cueStart, cueEnd);
      if (
        title &&
        EVENT_TITLE_BEFORE.test(text.slice(0, title.start)) &&
        vocabulary().family(cue.type) !== 'event'
      )
        continue;
      // "Agreements/MoUs", "Agreement/MoU", a table's "Name of MoU" column: a category heading, not an instrument.
      if (/\/\s*$/u.test(text.slice(0, cueStart)) || /^\s*\//u.test(text.slice(cueEnd))) continue;
      if (/^\s*(?:Name|Title|Type|List|Details|Nature)\s+of\s+(?:the\s+)?$/u.test(text.slice(0, cueStart)))
        continue;
      const before = text.slice(0, cueStart);
      const after = text.slice(cueEnd);
      const capitalCue = /^\p{Lu}/u.test(m[0]);
      const quoted = quotedAround(text, cueStart, cueEnd);
      // The name: title words before the cue, the cue, title words and "(ACR)" after it.
      let back = '';
      if (!quoted && (capitalCue || /\)\s*$/u.test(before))) {
        const acr = /\(([^()]{2,16})\)\s*$/u.exec(before);
        back = acr
          ? `${titleRunBefore(before.slice(0, acr.index), 12, false)} ${acr[0].trim()}`.trim()
          : titleRunBefore(before, 12, false);
        back = `${back} `.replace(LEADING_FUNCTION_WORDS, '').trim();
      }
      const forward = capitalCue && !quoted ? titleRunAfter(after) : '';
      const acronymMatch = /^\s*\(([^()]{2,16})\)/u.exec(after.slice(forward.length));
      const cleanAcronym = (a: string) => a.replace(/\s+n$/u, '');
      // "(ITPAR)" after the name, "(IGSTC)" inside it, or "IC-IMPACTS, the India–Canada Centre …" before it.
      const appositive = /(?<![\p{L}\p{N}])([\p{Lu}][\p{Lu}\p{N}&-]{2,14}),\s+(?:the|an?)\s+$/u.exec(
        before.slice(
          0,
          back ? before.lastIndexOf(back.split(' ')[0]!, before.length - back.length + 1) : before.length,
        ),
      )?.[1];
      const found =
        acronymMatch && looksLikeAcronym(cleanAcronym(acronymMatch[1]!))
          ? cleanAcronym(acronymMatch[1]!)
          : (/\(([^()]{2,16})\)\s*$/u.exec(back)?.[1] ??
            (appositive && looksLikeAcronym(appositive) ? appositive : null));
      // "Memorandum of Understanding (MoU)": the instrument word's own short form names no instrument.
      const acronym = found !== null && vocabulary().instrumentAcronyms.has(found) ? null : found;
      const backStart = back ? before.lastIndexOf(back.split(' ')[0]!, before.length - back.length + 1) : -1;
      const start = quoted ? quoted.start : backStart >= 0 ? backStart : cueStart;
      const end = quoted ? quoted.end : cueEnd + forward.length + (acronymMatch ? acronymMatch[0].length : 0);
      const nameWords = quoted
        ? quoted.text
        : `${back} ${m[0]}${forward.replace(/[.,;:]+$/u, '')}`
            .trim()
            .replace(/(?<=(?:^|\s)\p{Lu}{2,})\s+Meeting(?=\s+on\b)/u, '')
            .replace(LEADING_FUNCTION_WORDS, '')
            .replace(ORDINAL, '');
      const titleWords = nameWords.split(/\s+/).filter((w) => TITLE.test(w)).length;
      // "Agreements/MoUs": instrument words only, a category rather than a name.
      const onlyCues = findCues(nameWords).reduce((rest, c) => rest.replace(c.text, ' '), nameWords);
      const named =
        quoted || ((back !== '' || forward !== '') && titleWords >= 2 && /[\p{L}\p{N}]{2}/u.test(onlyCues))
          ? nameWords
          : null;
      const lead = text.slice(0, start);
      // "the MOU aims …" refers back; "signed the IA on … in November, 2019" is a new one.
      // "The Agreement was signed on …" adds to the one named before; "signed the IA on … in November, 2019"
      // and "the Agreement between the Government of India and …" name one in full.
      const definite =
        /\b[Tt]he\s+(?:[\p{L}-]+\s+){0,2}$/u.test(lead) &&
        !/\b(?:first|second|third|fourth|fifth|\d+(?:st|nd|rd|th))\s+$/iu.test(lead) &&
        !/^\s+between\s/u.test(after) &&
        // "The Programme of Cooperation for 2019-2022 … was extended": its period names one.
        !PERIOD_AFTER.test(after) &&
        (/^\s+(?:was|were|is|are|has|have|had|will|shall|would|also)\b/u.test(after) ||
          !(findDates(after).some((d) => d.role === 'when') && /\bsigned\b/iu.test(text)));
      const refersBack = named === null && (DEMONSTRATIVE_BEFORE.test(lead) || definite);
      // "under the overall MoC" names a parent; "constituted under the Agreement on … signed on 14 November 2006" names a record too.
      const parentRef = PARENT_BEFORE.test(lead) || (refersBack && /^\s*Under\s+this\s*$/iu.test(lead));
      const anaphor = refersBack && !parentRef;
      // "The Indo-French postdoctoral fellowship was set up in 2016": a side's adjective and a description
      // before a loose instrument word, and an event, name a new instrument rather than one named before.
      const sided = anaphor && !cue.formal ? SIDED_DESCRIPTION.exec(lead) : null;
      if (sided && eventWord(after.split(/[.;]/u)[0]!)) {
        const at = lead.length - sided[0].length;
        taken.push([at, cueEnd]);
        mentions.push(
          mention({
            type: cue.type,
            named: `${sided[1]} ${m[0]}`.replace(/\s+/gu, ' '),
            start: at,
            end: cueEnd,
          }),
        );
        continue;
      }
      const titles = PLURAL.test(m[0]) ? quotedTitles(text.slice(end)) : [];
      if (!cue.formal && named === null && !anaphor) {
        const specific = unnamedSpecific(text, cueStart, cueEnd);
        if (!specific) continue;
        // "SAKURA Science Programme: JST has initiated a programme to invite …": the paragraph's label names it.
        const label = /^([^:.]{3,120}):\s/u.exec(text);
        if (label && cueStart > label[0].length && typeOfPhrase(label[1]!) === cue.type) {
          taken.push([specific.start, cueEnd]);
          mentions.push(mention({ type: cue.type, anaphor: true, start: specific.start, end: cueEnd }));
          continue;
        }
        // "the Leadership Group for Industry Transition - a global initiative founded by …": the description
        // gives the type of the name before it, which is the instrument.
        const lead = text.slice(0, specific.start).replace(/(?<=\s)(?:an?|one)\s+$/iu, '');
        // "IGSTC is a joint initiative by …": the description says what the short name before it is.
        const copula = /(?:^|[\s(])([\p{Lu}][\p{Lu}\p{N}&-]{2,14})\s+(?:is|was)\s+$/u.exec(lead)?.[1];
        // "launched the Joint Research Data Exchange (JRDE), a platform for …": the name before its short form.
        const appositive = lead.replace(/\s*(?:,|\s[-–—])\s+$/u, '');
        const shortForm = /\s*\(([\p{Lu}\p{N}&-]{2,15})\)$/u.exec(appositive);
        const described = APPOSITION.test(lead)
          ? titleRunBefore(shortForm ? appositive.slice(0, shortForm.index) : appositive, 12, false)
          : copula !== undefined && looksLikeAcronym(copula)
            ? copula
            : '';
        if (described.split(' ').length >= 2 || (described !== '' && described === copula)) {
          const at = text.lastIndexOf(described, specific.start);
          if (at >= 0 && free(at, at + described.length)) {
            taken.push([at, cueEnd]);
            mentions.push(
              mention({
                type: cue.type,
                named: described,
                acronym:
                  described === copula
                    ? copula
                    : shortForm && looksLikeAcronym(shortForm[1]!)
                      ? shortForm[1]!
                      : null,
                start: at,
                end: at + described.length + (shortForm ? shortForm[0].length : 0),
              }),
            );
          }
          continue;
        }
        taken.push([specific.start, cueEnd]);
        const counted = countedItems(text, cueStart, cueEnd);
        for (const item of counted.length > 0 ? counted : [null])
          mentions.push(
            mention({
              type: cue.type,
              topic: item ? `${specific.kind} on ${item}` : specific.topic,
              start: specific.start,
              end: cueEnd,
              item,
            }),
          );
        continue;
      }
      if (titles.length > 0) {
        taken.push([start, end]);
        const singular = (named ?? m[0])
          .replace(/Laboratories/u, 'Laboratory')
          .replace(/^(?:three|two|four|\d+)\s+/iu, '');
        for (const t of titles)
          mentions.push(
            mention({ type: cue.type, formal: cue.formal, named: `${singular} on “${t}”`, start, end }),
          );
        continue;
      }
      // "three memoranda covering space, biotechnology and oceanography": one instrument per item.
      const items =
        named === null && !anaphor && !parentRef && cue.formal ? countedItems(text, cueStart, cueEnd) : [];
      if (items.length > 0) {
        taken.push([start, end]);
        for (const item of items) mentions.push(mention({ type: cue.type, formal: true, start, end, item }));
        continue;
      }
      taken.push([start, end]);
      mentions.push({
        type: thematic(named ? (typeOfPhrase(named) ?? cue.type) : cue.type),
        formal: cue.formal,
        named,
        topic: null,
        acronym,
        start,
        end,
        anaphor,
        parentRef,
        plural:
          named === null &&
          (/(?:s|['’]s)$/u.test(m[0]) || /^memoranda\b/iu.test(m[0])) &&
          !/^(?:Arrangements|Agreements)$/u.test(m[0])
            ? true
            : /MOU['’]s$/u.test(m[0]),
        item: null,
      });
    }
  }
  const sorted = combineFormalWithNamed(
    mentions.sort((a, b) => a.start - b.start),
    text,
  );
  const firstFormal = sorted.find((m) => m.formal && !m.anaphor && !m.parentRef);
  return sorted.filter((m, i) => {
    // "implemented by … and by the National Research Council … Assistance Program (NRC IRAP)": who runs it, a party.
    if (m.named !== null && !m.formal && AGENT.test(text.slice(0, m.start))) return false;
    // "the Leadership Group for Industry Transition - a global initiative founded by …": it describes the name before it.
    if (
      m.named === null &&
      m.topic !== null &&
      APPOSITION.test(text.slice(0, m.start).replace(/(?<=\s)(?:an?|one)\s+$/iu, ''))
    )
      return false;
    // "Norway India Partnership" inside "Norway India Partnership Initiative (NIPI)": one instrument.
    if (
      sorted.some(
        (o, j) => j !== i && o.start <= m.start && o.end >= m.end && o.end - o.start > m.end - m.start,
      )
    )
      return false;
    // "an MoU between Indian Council of Agricultural Research (ICAR) and Japan International Research Center …": parties, not instruments.
    // ("a Letter of Intent to set up an Indo-French Centre …" names the centre it makes: a record of its own).
    if (
      firstFormal &&
      m.type === 'institution' &&
      m.start > firstFormal.start &&
      !/\b(?:set up|establish|create|found|launch)\s+(?:an?|the)\s+$/iu.test(text.slice(0, m.start))
    )
      return false;
    // "signed the extension of MoU …, a key bilateral initiative …": a description of the formal instrument.
    // ("The MoU also sets up a fellowship for early-career scientists": what the instrument makes is one of its own.)
    if (
      firstFormal &&
      m.named === null &&
      m.topic !== null &&
      // (Its purpose, "signed a deal to establish a virtual network centre on …", is its subject.)
      !/(?<!\bto\s+(?:\p{Ll}+\s+)?)\b(?:sets\s+up|set\s+up|establish(?:es|ed)|creates|created|launch(?:es|ed))\s+(?:an?|one|two|three)\s+$/iu.test(
        text.slice(0, m.start),
      )
    )
      return false;
    return true;
  });
}

/**
 * "MOC on India-Japan Digital Partnership (IJDP)" and "the 2018 India-Japan
 * Digital Partnership signed as a Memorandum of Co-operation" are each one
 * instrument: a formal cue and the name it carries.
 */
function combineFormalWithNamed(mentions: Mention[], text: string): Mention[] {
  const out: Mention[] = [];
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!;
    const next = mentions[i + 1];
    const between = next ? text.slice(m.end, next.start) : '';
    if (
      next &&
      m.formal &&
      m.named === null &&
      !next.formal &&
      next.named &&
      /^\s+(?:on|for|in the field of)\s+(?:the\s+)?$/u.test(between)
    ) {
      out.push({ ...next, type: m.type, formal: true, start: m.start, named: next.named, topic: null });
      i++;
    } else if (
      next &&
      !m.formal &&
      m.named &&
      next.formal &&
      next.named === null &&
      /^\s+signed\s+as\s+an?\s+$/u.test(between)
    ) {
      out.push({ ...m, type: next.type, formal: true, end: next.end });
      i++;
    } else out.push(m);
  }
  return out;
}
