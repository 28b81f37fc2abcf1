/**
 * Sentences to candidate records: every place a sentence names an instrument
 * (an MoU signed, a programme launched, a dialogue held), with the words
 * around it that give its date, parties and status. One candidate per
 * mention; merging across sentences and documents comes later.
 */
import escapeStringRegexp from 'escape-string-regexp';
import type { AgreementSource, AgreementType, Party } from '../../schemas/agreement.ts';
import { frameworkTypes } from '../../schemas/agreement.ts';
import type { DocumentModel } from '../document.ts';
import { CUES, EVENT_VERB, statusWord, typeOfPhrase } from './classify-type.ts';
import { findDates } from './parse-date.ts';
import { instrumentKey, topicOf } from './name-record.ts';
import { looksLikeAcronym, parseParties, titleRunBefore, type PartyOptions } from './parse-parties.ts';

/** A sentence as extraction sees it: possibly broken over two lines of the source, hence several parts. */
export interface SentenceUnit {
  source: string;
  text: string;
  parts: AgreementSource[];
  /** Index of the block (paragraph) in its document, so neighbours can be found. */
  block: number;
  /** Position in document order, for stable sorting. */
  order: number;
  /** Partners the ingest attributed to the paragraph. */
  blockPartners: string[];
}

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
}

export interface Candidate {
  unit: SentenceUnit;
  mention: Mention;
  partner: string | null;
  date: string | null;
  until: string | null;
  statusOn: string | null;
  status: ReturnType<typeof statusWord> | undefined;
  parties: Party[];
  /** The words this candidate owns, for sectors and the report. */
  segment: string;
  /** What an unnamed formal instrument is about ("comprehensive ICT cooperation"), or its label ("MoU between DAE and KEK"). */
  topic: string | null;
  /** Index (in the candidate list) of the record this one was made under. */
  parentIndex: number | null;
  /** Set when the mention is an anaphor: the candidate it refers to. */
  antecedent: number | null;
}

export interface CandidateContext {
  parties: PartyOptions;
  /** Partners named in a text (any mention of a partner name or agency). */
  partnersIn(text: string): string[];
  /** Partners a text pairs with India or names by an agency ("India-Japan", "JAXA"). */
  presentedIn(text: string): string[];
  /** Country names and adjectives, ignored when comparing instrument names. */
  countryWords: readonly string[];
}

/** Sentences of a document, with a sentence broken over two lines joined (both lines are quoted). */
export function sentenceUnits(doc: DocumentModel, startOrder = 0): SentenceUnit[] {
  const units: SentenceUnit[] = [];
  let order = startOrder;
  const blocks = doc.blocks;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (b.kind !== 'paragraph') continue;
    const sentences = [...b.sentences];
    const next = blocks[i + 1];
    // "… Ministry of Electronic and Information" / "Technology (MeitY) … renewed on …": a line broken mid-sentence.
    const carry =
      next?.kind === 'paragraph' &&
      /[\p{L},]$/u.test(b.text) &&
      !/https?:\/\//u.test(b.text) &&
      !/^[\p{No}\d<]/u.test(next.text) &&
      (/^[•·\-–]/u.test(b.text) || /^\p{Ll}/u.test(next.text) || /\b(?:and|of|the|in|for|to)$/u.test(b.text));
    sentences.forEach((s, k) => {
      const last = k === sentences.length - 1;
      if (last && carry && next) {
        const first = next.sentences[0]!;
        units.push({
          source: doc.slug,
          text: `${s} ${first}`,
          parts: [
            { source: doc.slug, quote: s, anchor: b.anchor },
            { source: doc.slug, quote: first, anchor: next.anchor },
          ],
          block: i,
          order: order++,
          blockPartners: b.partners,
        });
      } else if (!(k === 0 && i > 0 && units.at(-1)?.parts.at(-1)?.anchor === b.anchor)) {
        units.push({
          source: doc.slug,
          text: s,
          parts: [{ source: doc.slug, quote: s, anchor: b.anchor }],
          block: i,
          order: order++,
          blockPartners: b.partners,
        });
      }
    });
  }
  return units;
}

const ORDINAL =
  /^(?:\d+(?:st|nd|rd|th)|First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth)\s+/iu;
/** Sentence-initial words and years that precede a name without being part of it: "During the 3rd JWG", "the 2006 MOU". */
const LEADING_FUNCTION_WORDS =
  /^(?:(?:During|Under|In|On|[Tt]he|A|An|Another|Both|This|That|Currently|Initially|Subsequently|Following|Last|Earlier|(?:1[89]|20)\d{2}|\d+(?:st|nd|rd|th))\s+)+/u;

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

/** Title-case words after a cue: "Initiative on Critical and Emerging Technologies (iCET)", "Dialogue on the Environment". */
function titleRunAfter(text: string): string {
  const m =
    /^(?:\s+Meeting)?\s+(?:on|of|for)\s+(?:the\s+)?((?:[\p{Lu}][\p{L}\p{N}&'’.\-/]*)(?:,?\s+(?:[\p{Lu}\p{N}][\p{L}\p{N}&'’.\-/]*|and|of|&|for|the)){0,8})/u.exec(
      text,
    );
  if (!m) return '';
  if (
    /^(?:January|February|March|April|May|June|July|August|September|October|November|December|\d)/u.test(
      m[1]!,
    )
  )
    return '';
  let words = m[0].replace(/(?:,?\s+(?:and|of|&|for|the))+$/u, '');
  // Stop before a following name that is a party, not part of this one: "… Partnership between …" has no capitals anyway.
  words = words.replace(/,\s*$/u, '');
  return words;
}

/** Where the instrument's name or type says it is one of several: "three … Joint Laboratories". */
const PLURAL = /(?:ies|s)$/u;

/** Quoted titles after a plural cue: in the area of "A", "B" and "C". */
function quotedTitles(text: string): string[] {
  const m = /^\s+in the areas? of\s+((?:["“][^"”]+["”](?:\s*,\s*|\s+and\s+)?){2,})/u.exec(text);
  if (!m) return [];
  return [...m[1]!.matchAll(/["“]([^"”]+)["”]/gu)].map((x) => x[1]!.trim());
}

const DEMONSTRATIVE_BEFORE = /\b(?:this|that|these|such|said)\s+$/iu;
const PARENT_BEFORE = /\bunder\s+(?:this|the|that)\s+(?:overall\s+)?["“]?$/iu;

/** Every instrument a sentence names, in reading order. */
export function findMentions(text: string): Mention[] {
  const taken: [number, number][] = [];
  const free = (s: number, e: number) => !taken.some(([a, b]) => s < b && e > a);
  const mentions: Mention[] = [];
  for (const cue of CUES) {
    cue.re.lastIndex = 0;
    for (const m of text.matchAll(cue.re)) {
      const cueStart = m.index;
      const cueEnd = cueStart + m[0].length;
      if (!free(cueStart, cueEnd)) continue;
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
      const acronym =
        acronymMatch && looksLikeAcronym(cleanAcronym(acronymMatch[1]!))
          ? cleanAcronym(acronymMatch[1]!)
          : (/\(([^()]{2,16})\)\s*$/u.exec(back)?.[1] ?? null);
      const backStart = back ? before.lastIndexOf(back.split(' ')[0]!, before.length - back.length + 1) : -1;
      const start = quoted ? quoted.start : backStart >= 0 ? backStart : cueStart;
      const end = quoted ? quoted.end : cueEnd + forward.length + (acronymMatch ? acronymMatch[0].length : 0);
      const nameWords = quoted
        ? quoted.text
        : `${back} ${m[0]}${forward}`
            .trim()
            .replace(/\s+Meeting(?=\s+on\b)/u, '')
            .replace(LEADING_FUNCTION_WORDS, '')
            .replace(ORDINAL, '');
      const titleWords = nameWords.split(/\s+/).filter((w) => TITLE.test(w)).length;
      const named = quoted || ((back !== '' || forward !== '') && titleWords >= 2) ? nameWords : null;
      const lead = text.slice(0, start);
      // "the MOU aims …" refers back; "signed the IA on … in November, 2019" is a new one.
      const definite =
        /\b[Tt]he\s+(?:[\p{Ll}-]+\s+){0,2}$/u.test(lead) &&
        !/\b(?:first|second|third|fourth|fifth|\d+(?:st|nd|rd|th))\s+$/iu.test(lead) &&
        !(findDates(after).some((d) => d.role === 'when') && /\bsigned\b/iu.test(text));
      const refersBack = named === null && (DEMONSTRATIVE_BEFORE.test(lead) || definite);
      const parentRef = PARENT_BEFORE.test(lead) || (refersBack && /^\s*Under\s+this\s*$/iu.test(lead));
      const anaphor = refersBack && !parentRef;
      const titles = PLURAL.test(m[0]) ? quotedTitles(text.slice(end)) : [];
      if (!cue.formal && named === null && !anaphor) {
        // "a joint AI initiative on healthcare", "a university partnership on sustainable biofuels": unnamed but specific.
        const generic = /\b(?:a|an)\s+((?:[\p{L}-]+\s+){0,3})$/iu.exec(before);
        const made =
          /\b(?:hold|launch|establish|set up|create|build)\s+(?:a|an)\s+(?:[\p{L}-]+\s+){0,3}$/iu.test(
            before,
          );
        if (
          !generic ||
          !(
            made ||
            /\b(?:joint|bilateral|university|virtual|research|pathbreaking|broad)\b/iu.test(generic[1]!)
          )
        )
          continue;
        const topic =
          /^\s+(?:on|in|for)\s+([^.;:]+?)(?=\s+(?:with|between|and the|by)\b|[.;:]|$)/u.exec(after)?.[1] ??
          null;
        const s = cueStart - generic[1]!.length;
        taken.push([s, cueEnd]);
        mentions.push({
          type: cue.type,
          formal: false,
          named: null,
          topic: `${generic[1]!.trim()} ${m[0]}${topic ? ` on ${topic}` : ''}`,
          acronym: null,
          start: s,
          end: cueEnd,
          anaphor: false,
          parentRef: false,
          plural: false,
        });
        continue;
      }
      if (titles.length > 0) {
        taken.push([start, end]);
        const singular = (named ?? m[0])
          .replace(/Laboratories/u, 'Laboratory')
          .replace(/^(?:three|two|four|\d+)\s+/iu, '');
        for (const t of titles)
          mentions.push({
            type: cue.type,
            formal: cue.formal,
            named: `${singular} on “${t}”`,
            topic: null,
            acronym: null,
            start,
            end,
            anaphor: false,
            parentRef: false,
            plural: false,
          });
        continue;
      }
      taken.push([start, end]);
      mentions.push({
        type: named ? (typeOfPhrase(named) ?? cue.type) : cue.type,
        formal: cue.formal,
        named,
        topic: null,
        acronym,
        start,
        end,
        anaphor,
        parentRef,
        plural:
          named === null && /(?:s|['’]s)$/u.test(m[0]) && !/^(?:Arrangements|Agreements)$/u.test(m[0])
            ? true
            : /MOU['’]s$/u.test(m[0]),
      });
    }
  }
  const sorted = combineFormalWithNamed(
    mentions.sort((a, b) => a.start - b.start),
    text,
  );
  const firstFormal = sorted.find((m) => m.formal && !m.anaphor && !m.parentRef);
  return sorted.filter((m) => {
    // "an MoU between Indian Council of Agricultural Research (ICAR) and Japan International Research Center …": parties, not instruments.
    if (firstFormal && m.type === 'institution' && m.start > firstFormal.start) return false;
    // "signed the extension of MoU …, a key bilateral initiative …": a description of the formal instrument.
    if (firstFormal && m.named === null && m.topic !== null) return false;
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

const YEAR_BEFORE = /(?:\b(?:the|a|an|its)\s+)?((?:1[89]|20)\d{2})\s+$/u;

/** The words that belong to mention `i`: from its start (or its year, "the 2005 agreement") to the next mention. */
function spanOf(mentions: readonly Mention[], i: number, text: string): { own: string; lead: string } {
  const m = mentions[i]!;
  const next = mentions.slice(i + 1).find((x) => !x.parentRef && !x.anaphor);
  let end = next ? next.start : text.length;
  if (next) {
    const y = YEAR_BEFORE.exec(text.slice(0, next.start));
    if (y) end = y.index;
  }
  const year = YEAR_BEFORE.exec(text.slice(0, m.start));
  const ownStart = year ? year.index : m.start;
  const previous = mentions
    .slice(0, i)
    .filter((x) => !x.parentRef && !x.anaphor)
    .at(-1);
  // Words before the first mention ("On 23 March 2021, … signed the extension of MoU") belong to it.
  const lead = previous ? '' : text.slice(0, ownStart);
  return { own: text.slice(ownStart, Math.max(end, m.end)), lead };
}

const BOTH = /\b(?:both (?:agencies|sides|parties)|the two (?:sides|agencies))\b/iu;
const SAME_OCCASION = /^(?:On this occasion|At the meeting|On the same day|During the visit)/iu;

/** All candidates of a corpus: sentence units in, one candidate per instrument mention out. */
export function findCandidates(
  units: readonly SentenceUnit[],
  ctx: CandidateContext,
): { candidates: Candidate[]; mentionsByUnit: Map<number, Mention[]> } {
  const candidates: Candidate[] = [];
  const mentionsByUnit = new Map<number, Mention[]>();
  units.forEach((unit, u) => {
    const text = unit.text;
    const mentions = findMentions(text);
    mentionsByUnit.set(u, mentions);
    const earlier = sameBlockBefore(units, u);
    let parentOfSentence: number | null = null;
    let referredTo: number | null = null;
    const made: number[] = [];
    // "The first extension was done for three years till 2015": the life of the instrument named just before.
    if (mentions.length === 0 && LIFE.test(text)) {
      const target = resolveReference(candidates, unit, { ...NO_MENTION }, ctx);
      if (target !== null && candidates[target]!.mention.formal)
        candidates.push(lifeCandidate(unit, target, text));
      return;
    }
    // "Under this, India-Japan virtual workshop …": made under the instrument of the sentence before.
    if (/^Under this,/u.test(text))
      parentOfSentence = resolveReference(candidates, unit, { ...NO_MENTION, type: 'dialogue' }, ctx, true);
    mentions.forEach((mention, i) => {
      const { own, lead } = spanOf(mentions, i, text);
      const segment = `${lead}${own}`;
      if (mention.anaphor || mention.parentRef) {
        const target = resolveReference(candidates, unit, mention, ctx);
        if (target !== null) {
          // "Under this LoI, three … Joint Laboratories" names the parent; "this agreement aimed to initiate a … Startup Initiative" too.
          if (mention.parentRef) parentOfSentence = target;
          else {
            referredTo = target;
            candidates.push(anaphorCandidate(unit, mention, target, segment));
          }
        }
        return;
      }
      if (!accept(mention, segment, text, unit.blockPartners, ctx)) return;
      const dates = findDates(own);
      const leadDates = findDates(lead);
      // "the Japan-India joint statement signed at the Japan-India Summit meeting in September, 2017": the date is the occasion's.
      const occasion =
        /\b(?:signed|held)\s+(?:at|during)\s+(?:the\s+)?\S*\s*$/iu.test(own) ||
        /\bduring\s+(?:the\s+)?$/iu.test(own)
          ? findDates(text.slice(text.indexOf(own) + own.length))
          : [];
      const fromEarlier = SAME_OCCASION.test(text)
        ? (earlier
            .map((e) => findDates(e.text).find((d) => d.role === 'when')?.iso)
            .find((d) => d !== undefined) ?? null)
        : null;
      const when = [...dates, ...leadDates, ...occasion].find((d) => d.role === 'when')?.iso ?? fromEarlier;
      const until =
        [...dates, ...leadDates]
          .filter((d) => d.role === 'until')
          .map((d) => d.iso)
          .sort()
          .at(-1) ?? null;
      const renewedOn = /renewed on\s+/iu.test(segment)
        ? (findDates(segment.slice(segment.search(/renewed on/iu))).at(0)?.iso ?? null)
        : null;
      let parties = parseParties(segment, ctx.parties);
      if (parties.length === 0 && BOTH.test(segment)) {
        // "both agencies signed …": the agencies the paragraph named, by their short names.
        parties =
          earlier
            .map((e) => parseParties(e.text, ctx.parties).filter((p) => p.acronym !== null))
            .find((ps) => ps.length > 0) ?? [];
      }
      if (mention.formal && mention.named === null && mention.plural && parties.length === 0) return;
      const partner = partnerOf(mention, segment, unit, ctx);
      if (partner === null) return;
      // A recurring meeting's nth session dates the session, not the body that meets.
      const around = text.slice(Math.max(0, mention.start - 30), mention.end);
      const ordinalMeeting =
        /\b(?:\d+(?:st|nd|rd|th)|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\b/iu.test(
          around,
        ) && ['dialogue', 'joint-working-group', 'joint-committee', 'event'].includes(mention.type);
      const state = statusWord(
        mention.type === 'institution'
          ? own
          : segment.slice(Math.max(0, segment.indexOf(text.slice(mention.start, mention.end)) - 40)),
      );
      // "renewed on November 12, 2021", "signed the extension of MoU": the date is the renewal's, not the instrument's.
      const renewal = state === 'renewed' || state === 'extended';
      const cue = text.slice(mention.start, mention.end);
      const firstFormalAfterLabel = mentions.find(
        (x) =>
          x.formal &&
          !x.anaphor &&
          !x.parentRef &&
          x.start > (/^[^:.]{3,120}:/u.exec(text)?.[0].length ?? Infinity),
      );
      const label =
        mention.formal && mention.named === null && firstFormalAfterLabel === mention
          ? labelOf(unit, mention)
          : null;
      if (label)
        parties = [...parseParties(text.slice(0, text.indexOf(':')), ctx.parties), ...parties].filter(
          (p, k, all) => all.findIndex((q) => (q.acronym ?? q.name) === (p.acronym ?? p.name)) === k,
        );
      // A party called "… Joint Laboratories" or "… Programme" is the instrument itself, read as an organisation.
      parties = parties.filter(
        (p) => !/\b(?:Laborator(?:y|ies)|Programm?e|Initiative|Dialogue|Fellowship)\b/u.test(p.name),
      );
      candidates.push({
        unit,
        mention: label ? { ...mention, named: label } : mention,
        partner,
        date: ordinalMeeting || renewal ? null : when,
        until,
        statusOn: renewedOn ?? (renewal ? when : null),
        status: state === 'proposed' && mention.type === 'institution' ? undefined : state,
        parties,
        segment,
        topic:
          mention.formal && mention.named === null
            ? topicOf(
                maskParties(ownUntilReference(own, text, mentions), parties),
                maskParties(own, parties).indexOf(cue) + cue.length,
              )
            : null,
        parentIndex: null,
        antecedent: null,
      });
      made.push(candidates.length - 1);
    });
    const parent = parentOfSentence ?? referredTo;
    for (const c of made)
      if (parent !== null && c !== parent) candidates[c] = { ...candidates[c]!, parentIndex: parent };
    // "The JWG reviewed the progress made under the "India-Japan Digital Partnership"": the JWG sits under it.
    if (
      made.length === 0 &&
      referredTo !== null &&
      parentOfSentence !== null &&
      referredTo !== parentOfSentence &&
      candidates[referredTo]!.parentIndex === null
    ) {
      candidates[referredTo] = { ...candidates[referredTo]!, parentIndex: parentOfSentence };
    }
  });
  return { candidates, mentionsByUnit };
}

/** The words up to a "under the overall MoC …" reference, which names another instrument. */
function ownUntilReference(own: string, text: string, mentions: readonly Mention[]): string {
  const at = text.indexOf(own);
  const ref = mentions.find((m) => m.parentRef && m.start > at && m.start < at + own.length);
  return ref ? own.slice(0, ref.start - at) : own;
}

/** Earlier sentences of the same paragraph, nearest first. */
function sameBlockBefore(units: readonly SentenceUnit[], u: number): SentenceUnit[] {
  const out: SentenceUnit[] = [];
  for (
    let i = u - 1;
    i >= 0 && units[i]!.block === units[u]!.block && units[i]!.source === units[u]!.source;
    i--
  )
    out.push(units[i]!);
  return out;
}

/** Party names blanked out, so "between … Japan Society for the Promotion of Science …" is not read as the topic. */
function maskParties(text: string, parties: readonly Party[]): string {
  let out = text;
  for (const p of parties) {
    for (const w of [p.name, p.acronym].filter((x): x is string => x !== null))
      out = out.replace(new RegExp(`${escapeStringRegexp(w)}(?!['’]s)`, 'gu'), (hit) =>
        ' '.repeat(hit.length),
      );
  }
  return out.replace(/\([\s]*\)/gu, (m) => ' '.repeat(m.length));
}

/**
 * "MoU between DAE and KEK: A memorandum of understanding was signed …": a
 * paragraph's label that names the same kind of instrument names this one.
 */
function labelOf(unit: SentenceUnit, mention: Mention): string | null {
  const m = /^([^:.]{3,120}):\s*/u.exec(unit.text);
  if (!m || mention.start < m[0].length) return null;
  const type = typeOfPhrase(m[1]!);
  const framework = (t: string | undefined) => (t === 'mou' || t === 'moc' ? 'framework' : t);
  if (type === undefined || framework(type) !== framework(mention.type)) return null;
  let label = m[1]!;
  // "National Center for Polar & Ocean Research (NCPOR)" → "NCPOR": a label reads best with short names.
  for (
    let x = /\(([^()]{2,12})\)/u.exec(label);
    x && looksLikeAcronym(x[1]!);
    x = /\(([^()]{2,12})\)/u.exec(label)
  ) {
    const long = titleRunBefore(label.slice(0, x.index));
    const from = long ? label.lastIndexOf(long, x.index) : x.index;
    label = `${label.slice(0, from)}${x[1]}${label.slice(x.index + x[0].length)}`;
  }
  return label.replace(/\s+/g, ' ').trim();
}

const LIFE = /\b(?:extension|extended|renewed|valid (?:for|till|until))\b/iu;
const NO_MENTION: Mention = {
  type: 'agreement',
  formal: true,
  named: null,
  topic: null,
  acronym: null,
  start: 0,
  end: 0,
  anaphor: true,
  parentRef: false,
  plural: false,
};

function lifeCandidate(unit: SentenceUnit, target: number, text: string): Candidate {
  const until =
    findDates(text)
      .filter((d) => d.role === 'until')
      .map((d) => d.iso)
      .sort()
      .at(-1) ?? null;
  return { ...anaphorCandidate(unit, NO_MENTION, target, text), until, status: statusWord(text) };
}

/** A sentence about an instrument named earlier: it adds a quote, and a date or status when it gives one. */
function anaphorCandidate(unit: SentenceUnit, mention: Mention, target: number, segment: string): Candidate {
  const date = findDates(segment).find((d) => d.role === 'when')?.iso ?? null;
  return {
    unit,
    mention,
    partner: null,
    date,
    until: null,
    statusOn: null,
    status: statusWord(segment),
    parties: [],
    segment,
    topic: null,
    parentIndex: null,
    antecedent: target,
  };
}

const FRAMEWORK_FAMILY = new Set<AgreementType>([
  ...frameworkTypes,
  'inter-governmental-agreement',
  'arrangement',
  'implementing-arrangement',
]);
const familyOf = (t: AgreementType) =>
  FRAMEWORK_FAMILY.has(t) ? 'framework' : t === 'fellowship' ? 'programme' : t;

/** "this LoI", "the MOU", "the overall MoC in the field of Healthcare": the latest fitting candidate in the same paragraph. */
/**
 * The first candidate of each instrument name, kept up to date as the list grows:
 * looking a name up by scanning the list made the ingest quadratic in the corpus.
 */
const namedIndexes = new WeakMap<readonly Candidate[], { byKey: Map<string, number>; seen: number }>();
function firstNamed(
  candidates: readonly Candidate[],
  key: string,
  countryWords: readonly string[],
): number | undefined {
  const index = namedIndexes.get(candidates) ?? { byKey: new Map<string, number>(), seen: 0 };
  namedIndexes.set(candidates, index);
  for (; index.seen < candidates.length; index.seen++) {
    const c = candidates[index.seen]!;
    if (c.antecedent !== null || c.mention.named === null) continue;
    const k = instrumentKey(c.mention.named, countryWords);
    if (!index.byKey.has(k)) index.byKey.set(k, index.seen);
  }
  return index.byKey.get(key);
}

function resolveReference(
  candidates: readonly Candidate[],
  unit: SentenceUnit,
  mention: Mention,
  ctx: CandidateContext,
  anyType = false,
): number | null {
  if (mention.named) {
    const hit = firstNamed(candidates, instrumentKey(mention.named, ctx.countryWords), ctx.countryWords);
    if (hit !== undefined) return hit;
  }
  const topic = mention.parentRef
    ? (/^\s*(?:in the field of|on|for)\s+([\p{L} ]+)/u.exec(unit.text.slice(mention.end))?.[1] ?? '')
    : '';
  const topicWord = topic.trim().split(' ').at(-1)?.toLowerCase() ?? '';
  // A topic ("in the field of Healthcare") is looked for in names first, then in whole sentences.
  const says = [(c: Candidate) => `${c.mention.named ?? ''} ${c.topic ?? ''}`, (c: Candidate) => c.unit.text];
  for (const text of topicWord ? says : []) {
    for (let i = candidates.length - 1; i >= 0; i--) {
      const c = candidates[i]!;
      if (c.antecedent !== null || c.unit === unit) continue;
      if (c.unit.source !== unit.source) break;
      if (
        c.unit.block >= unit.block - 3 &&
        text(c).toLowerCase().includes(topicWord) &&
        familyOf(c.mention.type) === familyOf(mention.type)
      )
        return i;
    }
  }
  if (topicWord) return null;
  for (let i = candidates.length - 1; i >= 0; i--) {
    const c = candidates[i]!;
    if (c.antecedent !== null) continue;
    if (c.unit.source !== unit.source) break;
    if (mention.parentRef && c.unit === unit) continue;
    if (c.unit.block !== unit.block) continue;
    if (anyType || familyOf(c.mention.type) === familyOf(mention.type)) return i;
  }
  return null;
}

/** Groupings of many countries: what they set up is not a bilateral instrument. */
const MULTILATERAL = /\b(?:QUAD|Quad|G20|G7|BRICS)\b/u;

const BILATERAL_NAME = /\b(?:India|Indian|Indo)\b/u;

function accept(
  mention: Mention,
  segment: string,
  sentence: string,
  blockPartners: readonly string[],
  ctx: CandidateContext,
): boolean {
  if (MULTILATERAL.test(segment)) return false;
  if (mention.named) {
    const partnerInName = ctx.presentedIn(mention.named).length > 0;
    // "India's AYUSHMAN Bharat Programme", "Japan's Incubate Fund Asia": one country's own, not a partnership.
    const before = sentence.slice(0, mention.start);
    if (/[\p{L}]['’]s\s+$/u.test(before) && !partnerInName) return false;
    if (BILATERAL_NAME.test(mention.named) && partnerInName) return true;
    if (partnerInName && (/\b(?:India|Indian|DST|ISRO)\b/u.test(sentence) || EVENT_VERB.test(sentence)))
      return true;
    if (mention.formal && (EVENT_VERB.test(segment) || findDates(segment).length > 0)) return true;
    return (
      EVENT_VERB.test(sentence) &&
      (ctx.partnersIn(sentence).length > 0 || blockPartners.length > 0) &&
      /\b(?:India|Indian|both|two countries|bilateral|joint|between|agreed)\b/iu.test(sentence)
    );
  }
  if (mention.topic !== null)
    return EVENT_VERB.test(sentence) || /\b(?:talks|considering|announced)\b/u.test(sentence);
  if (!mention.formal) return false;
  const dated = findDates(segment).some((d) => d.role === 'when');
  if (mention.plural && !dated) return false;
  return EVENT_VERB.test(segment) || dated;
}

function partnerOf(
  mention: Mention,
  segment: string,
  unit: SentenceUnit,
  ctx: CandidateContext,
): string | null {
  const fromName = mention.named ? ctx.presentedIn(mention.named) : [];
  const upToMention = ctx.presentedIn(unit.text.slice(0, mention.end));
  const fromSegment = ctx.presentedIn(segment);
  const fromSentence = ctx.presentedIn(unit.text);
  const named = ctx.partnersIn(segment).filter((p) => unit.blockPartners.includes(p));
  return (
    fromName[0] ??
    upToMention.at(-1) ??
    fromSegment[0] ??
    named[0] ??
    fromSentence[0] ??
    unit.blockPartners[0] ??
    null
  );
}
