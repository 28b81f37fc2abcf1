/**
 * Sentences to candidate records: every place a sentence names an instrument
 * (an MoU signed, a programme launched, a dialogue held), with the words
 * around it that give its date, parties and status. One candidate per
 * mention; merging across sentences and documents comes later.
 */
import escapeStringRegexp from 'escape-string-regexp';
import type { AgreementSource, AgreementType, Party } from '../../schemas/agreement.ts';
import type { DocumentModel } from '../document.ts';
import { eventWord, findCues, statusWord, typeOfPhrase } from './classify-type.ts';
import { findDates } from './parse-date.ts';
import { vocabulary } from './vocabulary.ts';
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
  /**
   * A date the text gives the sentence from outside it: the line that introduces a list or
   * table of outcomes ("Memoranda exchanged on 9 October 2021:"), else the document's dateline
   * for what the document itself reports ("welcomed the signing"). Null when there is none.
   */
  listDate: string | null;
  docDate: string | null;
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
  const docDate = datelineOf(doc);
  let listDate: string | null = null;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    // A list's items take the date of the line that introduces them, until the list ends.
    const item = LIST_ITEM.test(b.text);
    const itemDate = item ? listDate : null;
    if (!item || /:\s*$/u.test(b.text))
      listDate = /\b(?:signed|exchanged|concluded)\b/iu.test(b.text)
        ? (findDates(b.text).find((d) => d.role === 'when' && d.iso.length === 10)?.iso ?? null)
        : null;
    if (b.kind !== 'paragraph') continue;
    // The document's own title ("India, Italy sign research MoU …") repeats what the text says.
    if (isTitle(b.text, doc.meta.title)) continue;
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
          listDate: itemDate,
          docDate,
        });
      } else if (!(k === 0 && i > 0 && units.at(-1)?.parts.at(-1)?.anchor === b.anchor)) {
        units.push({
          source: doc.slug,
          text: s,
          parts: [{ source: doc.slug, quote: s, anchor: b.anchor }],
          block: i,
          order: order++,
          blockPartners: b.partners,
          listDate: itemDate,
          docDate,
        });
      }
    });
  }
  return units;
}

/** An item of a list or a row of a table: "1)", "2.", "iv.", "•", "-", a table's "S.No." header, or cells split by tabs. */
const LIST_ITEM = /^\s*(?:\d{1,2}[.)]|[ivx]{1,4}[.)]|\(?[a-z]\)|[•·\-–]|S\.?\s?No\.?|Sl\.?\s?No\.?)\s|\t/u;

/** The document's own date: the first full date among its opening lines ("New Delhi, April 11, 2025", "Posted On: 27 JUN 2018"). */
function datelineOf(doc: DocumentModel): string | null {
  for (const b of doc.blocks.slice(0, 8)) {
    if (b.text.length > 120) continue;
    const d = findDates(b.text).find((x) => x.role === 'when' && x.iso.length === 10);
    if (d) return d.iso;
  }
  return null;
}

const words = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
/** A line that is the document's title, or starts it (a title with an "(excerpt)" note). */
function isTitle(text: string, title: string): boolean {
  const [t, l] = [words(title), words(text)];
  return (
    l.length > 0 && (t === l || (t.startsWith(l) && l.length > 20) || (l.startsWith(t) && t.length > 20))
  );
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
    /^(?:\s+Meeting)?\s+(?:on|of|for)\s+(?:the\s+)?((?:[\p{Lu}][\p{L}\p{N}&'’.\-/]*)(?:,?\s+(?:[\p{Lu}\p{N}][\p{L}\p{N}&'’.\-/]*|and|of|&|for|the|in|on|to)){0,12})/u.exec(
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

/** A partnership with a name of its own ("Green Strategic Partnership", "… on Water") is an initiative. */
const thematic = (type: AgreementType): AgreementType => (type === 'partnership' ? 'initiative' : type);

/** Every instrument a sentence names, in reading order. */
export function findMentions(text: string): Mention[] {
  const taken: [number, number][] = [];
  const free = (s: number, e: number) => !taken.some(([a, b]) => s < b && e > a);
  const mentions: Mention[] = [];
  {
    for (const hit of findCues(text)) {
      const { cue } = hit;
      const m = [hit.text] as const;
      const cueStart = hit.start;
      const cueEnd = hit.end;
      if (!free(cueStart, cueEnd)) continue;
      // "Agreements/MoUs", "Agreement/MoU": a category heading, not an instrument.
      if (/\/\s*$/u.test(text.slice(0, cueStart)) || /^\s*\//u.test(text.slice(cueEnd))) continue;
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
      const acronym =
        acronymMatch && looksLikeAcronym(cleanAcronym(acronymMatch[1]!))
          ? cleanAcronym(acronymMatch[1]!)
          : (/\(([^()]{2,16})\)\s*$/u.exec(back)?.[1] ??
            (appositive && looksLikeAcronym(appositive) ? appositive : null));
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
        /\b[Tt]he\s+(?:[\p{Ll}-]+\s+){0,2}$/u.test(lead) &&
        !/\b(?:first|second|third|fourth|fifth|\d+(?:st|nd|rd|th))\s+$/iu.test(lead) &&
        !/^\s+between\s/u.test(after) &&
        (/^\s+(?:was|were|is|are|has|have|had|will|shall|would|also)\b/u.test(after) ||
          !(findDates(after).some((d) => d.role === 'when') && /\bsigned\b/iu.test(text)));
      const refersBack = named === null && (DEMONSTRATIVE_BEFORE.test(lead) || definite);
      // "under the overall MoC" names a parent; "constituted under the Agreement on … signed on 14 November 2006" names a record too.
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
      });
    }
  }
  const sorted = combineFormalWithNamed(
    mentions.sort((a, b) => a.start - b.start),
    text,
  );
  const firstFormal = sorted.find((m) => m.formal && !m.anaphor && !m.parentRef);
  return sorted.filter((m, i) => {
    // "Norway India Partnership" inside "Norway India Partnership Initiative (NIPI)": one instrument.
    if (
      sorted.some(
        (o, j) => j !== i && o.start <= m.start && o.end >= m.end && o.end - o.start > m.end - m.start,
      )
    )
      return false;
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
  // A named parent ("under the Agreement on … signed on …") has words of its own; an unnamed one ("under the MoU") not.
  const next = mentions.slice(i + 1).find((x) => !(x.parentRef && x.named === null) && !x.anaphor);
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

const RUN_BY = /\b(?:co-chaired|chaired|implemented|run|led|coordinated|managed) by\b/iu;
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
    let madeParent = false;
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
      const { own: whole, lead } = spanOf(mentions, i, text);
      // "memoranda signed in 2014 between A and B on X, and between C and D on Y": one record per pair.
      const pieces =
        mention.formal && mention.named === null && mention.plural ? betweenClauses(whole) : [whole];
      for (const own of pieces) {
        const segment = `${lead}${own}`;
        if (mention.anaphor || mention.parentRef) {
          const target = resolveReference(candidates, unit, mention, ctx);
          // "constituted under the Agreement on … signed on 14 November 2006": a named parent no earlier
          // sentence gave is a record of its own, and the parent of the others.
          const ownRecord = target === null && mention.parentRef && mention.named !== null;
          if (ownRecord) madeParent = true;
          if (target !== null) {
            // "Under this LoI, three … Joint Laboratories" names the parent; "this agreement aimed to initiate a … Startup Initiative" too.
            if (mention.parentRef) parentOfSentence = target;
            else {
              referredTo = target;
              const anaphor = anaphorCandidate(unit, mention, target, segment);
              // "The committee, co-chaired by DST and MAECI, …", "The Agreement will be implemented by DST …": its parties.
              candidates.push(
                RUN_BY.test(segment) ? { ...anaphor, parties: parseParties(segment, ctx.parties) } : anaphor,
              );
            }
          }
          if (!ownRecord) return;
        }
        if (!accept(mention, segment, text, unit.blockPartners, ctx, unit.listDate !== null)) continue;
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
        // A period ("for 2024-2026") dates an instrument only when nothing else does; a date closing the
        // sentence after every mention ("…, together with a Programme …, on 25 August 2023") dates them all.
        const candidatesDates = [...dates, ...leadDates, ...occasion].filter((d) => d.role === 'when');
        const isPeriod = (d: { start: number }, within: string) =>
          /\bfor\s+$/u.test(within.slice(0, d.start));
        const signedDate = candidatesDates.find((d) => !isPeriod(d, own) && !isPeriod(d, lead));
        const lastEnd = Math.max(...mentions.map((x) => x.end));
        const closing =
          mention.formal && /\bsigned\b/u.test(text.slice(0, mention.start))
            ? findDates(text.slice(lastEnd)).find(
                (d) => d.role === 'when' && !isPeriod(d, text.slice(lastEnd)),
              )
            : undefined;
        const when = (signedDate ?? closing ?? candidatesDates[0])?.iso ?? fromEarlier;
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
        const partner = partnerOf(mention, segment, unit, ctx);
        if (partner === null) continue;
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
        // "first signed in 2018 …, was renewed in 2021": the date before the renewal is the signature's.
        const renewalAt = segment.search(/\b(?:renew|extend|extension)/iu);
        const signedBefore = renewal
          ? (findDates(segment.slice(0, Math.max(0, renewalAt))).find((d) => d.role === 'when')?.iso ?? null)
          : null;
        // A committee, working group or dialogue is dated by its setting up, never by a meeting.
        const body = ['body', 'dialogue'].includes(vocabulary().family(mention.type));
        // "The first joint committee meeting was held in September 1986": its first meeting is its start.
        const first = /\bfirst\s+(?:[\p{L}&-]+\s+){0,3}$/iu.test(
          text.slice(Math.max(0, mention.start - 40), mention.start),
        );
        const setUp =
          first ||
          /\b(?:established|establishment|set up|constituted|created|founded|formed)\b/iu.test(
            `${text.slice(Math.max(0, mention.start - 60), mention.start)}${own}`,
          );
        // What the document itself reports ("welcomed the signing", a list of outcomes) takes its date.
        const reported =
          unit.listDate ??
          (/\b(?:welcomed the (?:signing|establishment|conclusion)|witnessed|agreed to (?:launch|establish|set up|create)|today|were exchanged|have signed|has signed)\b/iu.test(
            text,
          )
            ? unit.docDate
            : null);
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
          date:
            body && !setUp
              ? null
              : renewal
                ? signedBefore
                : ordinalMeeting
                  ? null
                  : (when ?? (mention.formal || mention.named ? reported : null)),
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
        if (madeParent && mention.parentRef) parentOfSentence = candidates.length - 1;
        madeParent = false;
      }
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
function betweenClauses(own: string): string[] {
  const at = [...own.matchAll(/\bbetween\s/gu)].map((m) => m.index);
  if (at.length < 2) return [];
  const head = own.slice(0, at[0]);
  return at.map(
    (a, k) => `${head}${own.slice(a, at[k + 1] ?? own.length).replace(/,?\s*(?:and\s*)?$/u, '')}`,
  );
}

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

/** Anaphors resolve within a family: "the MoU" may be the agreement named before; a fellowship is a programme. */
const familyOf = (t: AgreementType) => vocabulary().family(t);

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

const INDIA_WORD = /\b(?:India|Indian|Indo|Bharat)\b/u;

/** "Strategic Partnership", "the India-Italy Strategic Partnership": a relationship's label, not an instrument. */
function isDiplomaticLabel(name: string, countryWords: readonly string[]): boolean {
  const strip = new Set(['india', 'indian', 'indo', 'the', ...countryWords.map((w) => w.toLowerCase())]);
  const rest = name
    .split(/[\s\-–—]+/u)
    .filter((w) => !strip.has(w.toLowerCase()))
    .join(' ');
  return vocabulary().instruments.diplomaticLabels.some((l) => l.toLowerCase() === rest.toLowerCase());
}

/** A name that is one partner's own (its country in it, India not), or that a country's name follows. */
function ownBodyOfPartner(mention: Mention, sentence: string, ctx: CandidateContext): boolean {
  const name = mention.named!;
  const after = sentence.slice(mention.end, mention.end + 40);
  if (
    /^\s+(?:of\s+(?:the\s+)?)?\p{Lu}/u.test(after) &&
    ctx.partnersIn(/^\s+(?:of\s+(?:the\s+)?)?([\p{L} ]+?)(?=[\s,.;:()]|$)/u.exec(after)?.[1] ?? '').length > 0
  )
    return true;
  // Country names only: an agency's name (a partner's term) in it does not make it that partner's own.
  const countries = new Set(ctx.countryWords);
  return (
    name.split(/[\s\-–—]+/u).some((w) => countries.has(w.replace(/['’]s$/u, ''))) && !INDIA_WORD.test(name)
  );
}

const BILATERAL_NAME = /\b(?:India|Indian|Indo)\b/u;

function accept(
  mention: Mention,
  segment: string,
  sentence: string,
  blockPartners: readonly string[],
  ctx: CandidateContext,
  listed = false,
): boolean {
  const v = vocabulary();
  // Subjects are read with organisations' names blanked: "Ministry of Education, Culture, Sports …" is not about sport.
  // The subject is the instrument's name and what its clause says it is on, organisations' names blanked:
  // "… Ministry of Education, Culture, Sports …" is a party, "on cooperation in the field of Sports" a subject.
  const own = sentence.slice(mention.start, mention.start + 240);
  const clause = own.slice(0, (own.search(/[.;](?:\s|$)/u) + 1 || own.length + 1) - 1);
  const about = /\s(?:on|concerning|regarding|in the fields? of)\s/u.exec(
    maskParties(clause, parseParties(clause, ctx.parties)),
  );
  const subject = `${mention.named ?? ''} ${about ? maskParties(clause, parseParties(clause, ctx.parties)).slice(about.index) : ''}`;
  if (v.multilateral.test(mention.named ?? segment) || v.outOfScope.test(subject)) return false;
  if (mention.named && isDiplomaticLabel(mention.named, ctx.countryWords)) return false;
  // "Innovation Fund Denmark", "the Research Council of Norway", "Canadian Network of …": one side's own body, a party at most.
  if (mention.named && !mention.formal && ownBodyOfPartner(mention, sentence, ctx)) return false;
  // An institution is a record when it is binational ("Indo-German …", "India–Canada Centre …"); any other is a party.
  if (
    mention.named &&
    v.family(mention.type) === 'institution' &&
    !(
      ctx.presentedIn(mention.named).length > 0 ||
      /\b(?:binational|bi-national|joint)\b/iu.test(mention.named)
    )
  )
    return false;
  // An item of a list of signed outcomes, or "the Agreement between A and B on …": named in full.
  if (mention.formal && !mention.plural && (listed || /^\s+between\s/u.test(sentence.slice(mention.end))))
    return true;
  if (mention.named) {
    const partnerInName = ctx.presentedIn(mention.named).length > 0;
    // "India's AYUSHMAN Bharat Programme", "Japan's Incubate Fund Asia": one country's own, not a partnership.
    const before = sentence.slice(0, mention.start);
    if (/[\p{L}]['’]s\s+$/u.test(before) && !partnerInName) return false;
    if (BILATERAL_NAME.test(mention.named) && partnerInName) return true;
    // "the India-Trento Programme for Advanced Research": India joined to the other side's name, in a partner's paragraph.
    if (/(?<![\p{L}\p{N}])(?:India|Indo)[-–]\p{Lu}/u.test(mention.named) && blockPartners.length > 0)
      return true;
    if (partnerInName && (/\b(?:India|Indian|DST|ISRO)\b/u.test(sentence) || eventWord(sentence)))
      return true;
    if (mention.formal && (eventWord(segment) || findDates(segment).length > 0)) return true;
    return (
      eventWord(sentence) &&
      (ctx.partnersIn(sentence).length > 0 || blockPartners.length > 0) &&
      /\b(?:India|Indian|both|two countries|bilateral|joint|between|agreed)\b/iu.test(sentence)
    );
  }
  if (mention.topic !== null)
    return eventWord(sentence) || /\b(?:talks|considering|announced)\b/u.test(sentence);
  if (!mention.formal) return false;
  // "the Agreement between the Government of India and the Government of Denmark on …": named in full.
  if (/^\s+between\s/u.test(sentence.slice(mention.end))) return true;
  const dated = findDates(segment).some((d) => d.role === 'when');
  if (mention.plural && !dated) return false;
  return eventWord(segment) || dated;
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
