/**
 * Stage 3, attributes, and the assembly of candidates: for each accepted
 * mention, the words it owns and what they say: its date (signature, launch or
 * setting up; never a later meeting's), its parties, its status and topic. One
 * candidate per mention; merging across sentences and documents comes later
 * (merge-records.ts). The other stages: sentence-units.ts, mentions.ts,
 * references.ts, acceptance.ts.
 */
import type { Party } from '../../schemas/agreement.ts';
import { eventWord, findCues, statusWord, typeOfPhrase } from './classify-type.ts';
import { accept, namesAParty, partnerOf } from './acceptance.ts';
import { findMentions, mention, pluralHead, type Mention } from './mentions.ts';
import { findDates, type FoundDate } from './parse-date.ts';
import { topicOf } from './name-record.ts';
import {
  looksLikeAcronym,
  maskParties,
  parseParties,
  titleRunBefore,
  type PartyOptions,
} from './parse-parties.ts';
import { resolveReference } from './references.ts';
import { cellsOf } from '../table-cells.ts';
import type { SentenceUnit } from './sentence-units.ts';
import { vocabulary } from './vocabulary.ts';

export { findMentions, type Mention } from './mentions.ts';
export { sentenceUnits, type SentenceUnit } from './sentence-units.ts';

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
  /**
   * "signed at that meeting", "signed on April 10 at a meeting of the Joint … Committee": the committee
   * (candidate index) at whose meeting it was signed; its parties are the instrument's when the text
   * names none of its own.
   */
  meetingOf: number | null;
  /** "IGSTC announced plans to propose a joint AI initiative": the body whose own instrument it is. */
  runBy?: string | null;
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

const YEAR_BEFORE = /(?:\b(?:the|a|an|its)\s+)?((?:1[89]|20)\d{2})\s+$/u;

/** The words that belong to mention `i`: from its start (or its year, "the 2005 agreement") to the next mention. */
function spanOf(mentions: readonly Mention[], i: number, text: string): { own: string; lead: string } {
  const m = mentions[i]!;
  // A named parent ("under the Agreement on … signed on …") has words of its own; an unnamed one ("under the MoU") not.
  // Items of one counted list ("three memoranda covering A, B and C") share their words.
  const next = mentions
    .slice(i + 1)
    .find((x) => x.start > m.start && !(x.parentRef && x.named === null) && !x.anaphor);
  let end = next ? next.start : text.length;
  if (next) {
    const y = YEAR_BEFORE.exec(text.slice(0, next.start));
    if (y) end = y.index;
  }
  const year = YEAR_BEFORE.exec(text.slice(0, m.start));
  const ownStart = year ? year.index : m.start;
  const previous = mentions
    .slice(0, i)
    .filter((x) => x.start < m.start && !x.parentRef && !x.anaphor)
    .at(-1);
  // Words before the first mention ("On 23 March 2021, … signed the extension of MoU") belong to it.
  const lead = previous ? '' : text.slice(0, ownStart);
  return { own: text.slice(ownStart, Math.max(end, m.end)), lead };
}

/** "…, along with an", "as well as a", "and an", ", an": a second instrument joined to the one before. */
const COORDINATOR =
  /(?:(?:^|[\s,])(?:and|as well as|along with|together with|in addition to|besides)|,)\s+(?:an?|one|another)\s+(?:[\p{L}-]+\s+){0,2}$/iu;

/**
 * The candidate made from the formal mention just before mention `i`, when the sentence joins the two
 * ("… an MoU on A and an Agreement on B", "… as well as a …", "…, along with an …"); null otherwise.
 */
function coordinatedWith(
  mentions: readonly Mention[],
  i: number,
  text: string,
  candidates: readonly Candidate[],
  made: readonly number[],
): Candidate | null {
  const m = mentions[i]!;
  const previous = mentions[i - 1];
  if (!m.formal || m.plural || !previous?.formal || previous.anaphor || previous.parentRef) return null;
  if (!COORDINATOR.test(text.slice(previous.end, m.start))) return null;
  const made_ = made.map((k) => candidates[k]!).filter((c) => c.mention.start === previous.start);
  return made_.at(-1) ?? null;
}

/**
 * The partners of an unnamed plural instrument listed after "with" ("Programmes of Cooperation were
 * renewed with South Africa and Egypt"), when there are two or more; null otherwise.
 */
function perPartner(mention: Mention, said: string, own: string, ctx: CandidateContext): string[] | null {
  if (
    !mention.formal ||
    !(mention.plural || pluralHead(said)) ||
    mention.named !== null ||
    mention.item !== null
  )
    return null;
  if (!/\swith\s/u.test(own)) return null;
  const partners = ctx.presentedIn(own);
  return partners.length >= 2 ? partners : null;
}

/** A party called "… Joint Laboratories" or "… Programme" is the instrument itself, read as an organisation. */
const INSTRUMENT_AS_PARTY = /\b(?:Laborator(?:y|ies)|Programm?e|Initiative|Dialogue|Fellowship)\b/u;

const RUN_BY =
  /\b(?:(?:co-chaired|chaired|implemented|run|led|coordinated|managed) by|(?:nodal|implementing) agenc(?:y|ies)\b[^.;]{0,40}?\b(?:is|are|will be)\b)/iu;
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
    // Organisations read as instrument names are parties: the words around them belong to the instruments beside them.
    const mentions = findMentions(text)
      .filter((m) => !namesAParty(m, text, ctx))
      .map((m) => (m.formal && m.named !== null ? withoutVenue(m, ctx) : m))
      .map((m) => (m.formal && m.named !== null && onlySides(m.named, ctx) ? { ...m, named: null } : m));
    mentionsByUnit.set(u, mentions);
    const earlier = sameBlockBefore(units, u);
    let parentOfSentence: number | null = null;
    let referredTo: number | null = null;
    const made: number[] = [];
    const unitStart = candidates.length;
    let initiated: [number, number] | null = null;
    let madeParent = false;
    // "The first extension was done for three years till 2015": the life of the instrument named just before.
    if (mentions.length === 0 && LIFE.test(text)) {
      const target = resolveReference(candidates, unit, { ...NO_MENTION }, ctx);
      if (target !== null && candidates[target]!.mention.formal)
        candidates.push(lifeCandidate(unit, target, text));
      return;
    }
    // "It envisaged cooperation in five sub-areas …", "Both parties agreed to …": what the one instrument of
    // the sentence before does.
    if (mentions.length === 0 && PRONOUN_SUBJECT.test(text)) {
      const before = candidates.at(-1);
      const previous = units[u - 1];
      if (
        before &&
        previous &&
        before.unit === previous &&
        previous.block === unit.block &&
        candidates.filter((c) => c.unit === previous && c.antecedent === null).length === 1
      ) {
        // "It is implemented by DST and CNPq", "The nodal agencies are …": the parties of the one before.
        const anaphor = anaphorCandidate(unit, NO_MENTION, candidates.length - 1, text);
        candidates.push(
          RUN_BY.test(text) ? { ...anaphor, parties: parseParties(text, ctx.parties) } : anaphor,
        );
      }
      return;
    }
    // "Under this, India-Japan virtual workshop …": made under the instrument of the sentence before.
    if (/^Under this,/u.test(text))
      parentOfSentence = resolveReference(candidates, unit, { ...NO_MENTION, type: 'dialogue' }, ctx, true);
    mentions.forEach((mention, i) => {
      const { own: whole, lead } = spanOf(mentions, i, text);
      // "memoranda signed in 2014 between A and B on X, and between C and D on Y": one record per pair.
      const pieces =
        mention.formal && mention.named === null && mention.plural && mention.item === null
          ? betweenClauses(whole)
          : [whole];
      for (const own of pieces) {
        const segment = `${lead}${own}`;
        if (mention.anaphor || mention.parentRef) {
          const target = resolveReference(candidates, unit, mention, ctx);
          // "constituted under the Agreement on … signed on 14 November 2006": a named parent no earlier
          // sentence gave is a record of its own, and the parent of the others.
          // "Under the Agreement …, the Joint Committee met …" with no committee named before: the body the
          // partnership has, a record of its own.
          const ownRecord =
            target === null &&
            ((mention.parentRef && mention.named !== null) ||
              (mention.anaphor && mention.formal && vocabulary().family(mention.type) === 'body'));
          if (ownRecord) madeParent = true;
          if (target !== null) {
            // "Under this LoI, three … Joint Laboratories" names the parent; "this agreement aimed to initiate a … Startup Initiative" too.
            if (mention.parentRef) parentOfSentence = target;
            else if (made.some((c) => c !== target) && candidates[target]!.unit === unit) {
              // "A Letter of Intent was signed … to initiate a reciprocal Fellowship Programme" (the paragraph's
              // label names the programme): what the instrument just made initiates sits under it.
              initiated = [target, made.filter((c) => c !== target).at(-1)!];
            } else {
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
        // An item of a list of outcomes, or a row of a table of them, is named in full.
        const listed = unit.listDate !== null || cellsOf(text).length >= 3;
        // "signed a Letter of Intent on A as well as a Memorandum of Understanding on B": the second shares
        // the first's verb, status and date (its signatories only where the text repeats them: "together
        // with an Executive Programme" may be another ministry's).
        const coordinated = coordinatedWith(mentions, i, text, candidates, made);
        // One pair of a plural's pairs ("two MoUs: one between A and B on X, and another between …") is one
        // instrument, signed when the whole says.
        const onePair = pieces.length > 1;
        // "The following MoUs were exchanged: MoU on A between …; MoU on B between …": each item after the
        // colon shares what the words before it say happened, and when.
        const colon = text.indexOf(': ');
        const introduced =
          mention.formal &&
          !mention.plural &&
          colon > 0 &&
          mention.start > colon &&
          eventWord(text.slice(0, colon))
            ? text.slice(0, colon)
            : null;
        // "An Agreement on … as well as a Programme … were signed … in 2021": the first of a pair the
        // sentence's verb and date follow.
        const next = mentions[i + 1];
        const joinedToNext =
          mention.formal &&
          !mention.plural &&
          next !== undefined &&
          next.formal &&
          !next.anaphor &&
          !next.parentRef &&
          COORDINATOR.test(text.slice(mention.end, next.start));
        if (
          !accept(
            onePair ? { ...mention, plural: false } : mention,
            segment,
            text,
            unit.blockPartners,
            ctx,
            listed ||
              coordinated !== null ||
              (onePair && (eventWord(whole) || findDates(whole).length > 0)) ||
              (joinedToNext && eventWord(text)) ||
              introduced !== null,
          )
        )
          continue;
        const dates = findDates(own, unit.docDate);
        const leadDates = findDates(lead, unit.docDate);
        // "the Japan-India joint statement signed at the Japan-India Summit meeting in September, 2017": the date is the occasion's.
        const occasion =
          /\b(?:signed|held)\s+(?:at|during)\s+(?:the\s+)?\S*\s*$/iu.test(own) ||
          /\bduring\s+(?:the\s+)?$/iu.test(own)
            ? findDates(text.slice(text.indexOf(own) + own.length), unit.docDate)
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
          (mention.formal && /\bsigned\b/u.test(text.slice(0, mention.start))) || joinedToNext
            ? findDates(text.slice(lastEnd), unit.docDate).find(
                (d) => d.role === 'when' && !isPeriod(d, text.slice(lastEnd)),
              )
            : undefined;
        // A programme, fund or centre is dated by its launch or setting up: "I4F supported eight projects in 2019" is no date of it.
        // (A seminar or symposium is dated by when it was held.)
        const dated = mention.formal || eventWord(segment) || vocabulary().family(mention.type) === 'event';
        const wholeDate = onePair
          ? findDates(whole, unit.docDate).find((d) => d.role === 'when')
          : introduced !== null
            ? findDates(introduced, unit.docDate).find((d) => d.role === 'when')
            : undefined;
        const when = dated
          ? ((signedDate ?? closing ?? candidatesDates[0] ?? wholeDate)?.iso ?? fromEarlier)
          : null;
        const until = latestUntil([...dates, ...leadDates]);
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
        const ownState = statusWord(
          mention.type === 'institution'
            ? own
            : segment.slice(Math.max(0, segment.indexOf(text.slice(mention.start, mention.end)) - 40)),
        );
        const state =
          ownState ??
          (joinedToNext ? statusWord(text.slice(mention.start)) : undefined) ??
          (introduced !== null ? statusWord(introduced) : undefined);
        // "renewed on November 12, 2021", "signed the extension of MoU": the date is the renewal's, not the instrument's.
        const renewal = state === 'renewed' || state === 'extended';
        // "first signed in 2018 …, was renewed in 2021": the date before the renewal is the signature's.
        const renewalAt = segment.search(/\b(?:renew|extend|extension)/iu);
        // "On 23 March 2021, … signed the extension of MoU …": that date is the extension's.
        const signedBefore =
          renewal && !/\b(?:signed|concluded)\s+(?:the|an?)\s+(?:extension|renewal)\b/iu.test(segment)
            ? (findDates(segment.slice(0, Math.max(0, renewalAt))).find((d) => d.role === 'when')?.iso ??
              null)
            : null;
        // A committee, working group or dialogue is dated by its setting up, never by a meeting.
        // (A dialogue named a Meeting, "Senior Officials Meeting", is the meeting: dated by when it was held.)
        const body =
          ['body', 'dialogue'].includes(vocabulary().family(mention.type)) &&
          !/\bMeeting$/u.test(text.slice(mention.start, mention.end).replace(/\s+on\b.*$/u, ''));
        // "The first joint committee meeting was held in September 1986": its first meeting is its start.
        const first = /\bfirst\s+(?:[\p{L}&-]+\s+){0,3}$/iu.test(
          text.slice(Math.max(0, mention.start - 40), mention.start),
        );
        // "… set up under that Agreement, last met in New Delhi in July 2022": a date after a meeting is the meeting's.
        const setUpText = `${text.slice(Math.max(0, mention.start - 60), mention.start)}${own}`;
        const setUpAt = setUpText.search(
          /\b(?:established|establishment|set up|constituted|created|founded|formed)\b/iu,
        );
        const setUpDateAt = setUpAt >= 0 ? (findDates(setUpText.slice(setUpAt))[0]?.start ?? 0) : 0;
        const setUp =
          first ||
          (setUpAt >= 0 &&
            !/\b(?:met|meets|meeting|held|convened)\b/iu.test(
              setUpText.slice(setUpAt, setUpAt + setUpDateAt),
            ));
        // What the document itself reports ("welcomed the signing", a list of outcomes) takes its date.
        // A row of a table of outcomes is what the document itself reports, like a list.
        const reported =
          unit.listDate ??
          (cellsOf(text).length >= 3 ? unit.docDate : null) ??
          (/\b(?:welcomed the (?:signing|establishment|conclusion|launch)|witnessed|agreed to (?:launch|establish|set up|create)|today|were exchanged|have signed|has signed)\b/iu.test(
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
            : headingName(text, mention);
        if (label)
          parties = [...parseParties(text.slice(0, text.indexOf(':')), ctx.parties), ...parties].filter(
            (p, k, all) => all.findIndex((q) => (q.acronym ?? q.name) === (p.acronym ?? p.name)) === k,
          );
        // A party called "… Joint Laboratories" or "… Programme" is the instrument itself, read as an organisation.
        parties = parties.filter((p) => !INSTRUMENT_AS_PARTY.test(p.name));
        // "Programmes of Cooperation were renewed with South Africa and Egypt": one instrument per partner.
        for (const each of perPartner(mention, text.slice(mention.start, mention.end), own, ctx) ?? [
          partner,
        ]) {
          candidates.push({
            unit,
            mention: label ? { ...mention, named: label } : mention,
            partner: each,
            date:
              body && !setUp
                ? null
                : renewal
                  ? signedBefore
                  : ordinalMeeting
                    ? null
                    : (when ??
                      coordinated?.date ??
                      ((mention.formal || mention.named) && !mention.parentRef ? reported : null)),
            until,
            statusOn: renewedOn ?? (renewal ? when : null),
            status:
              state === 'proposed' && mention.type === 'institution'
                ? undefined
                : (state ?? coordinated?.status),
            parties,
            segment,
            topic:
              mention.formal && mention.named === null
                ? (mention.item ??
                  topicOf(
                    maskParties(ownUntilReference(own, text, mentions), parties),
                    maskParties(own, parties).indexOf(cue) + cue.length,
                  ))
                : null,
            parentIndex: null,
            antecedent: null,
            meetingOf: null,
          });
          made.push(candidates.length - 1);
        }
        if (madeParent && mention.parentRef) parentOfSentence = candidates.length - 1;
        madeParent = false;
      }
    });
    // The only instrument of its sentence owns the sentence's organisations too ("IC-IMPACTS, …, established
    // in 2012 … with the Department of Biotechnology and the Department of Science and Technology as its partners").
    if (made.length === 1) {
      const c = candidates[made[0]!]!;
      const name = (c.mention.named ?? '').toLowerCase();
      const more = parseParties(text, ctx.parties).filter(
        (p) =>
          !name.includes(p.name.toLowerCase()) &&
          // An instrument is never its own party ("the Indo-Irish Joint Research Laboratory for …").
          !(name !== '' && p.name.toLowerCase().includes(name)) &&
          !INSTRUMENT_AS_PARTY.test(p.name) &&
          !c.parties.some((q) => (q.acronym ?? q.name) === (p.acronym ?? p.name)),
      );
      const own = c.parties.filter((p) => !name.includes(p.name.toLowerCase()));
      if (own.length === 0 && more.length > 0) candidates[made[0]!] = { ...c, parties: more };
    }
    for (let c = unitStart; c < candidates.length; c++) {
      const meeting = SIGNED_AT_MEETING.exec(candidates[c]!.segment);
      if (meeting)
        candidates[c] = {
          ...candidates[c]!,
          meetingOf: meetingBody(candidates, unitStart, unit, meeting[1] !== undefined),
        };
    }
    // "The seven areas of cooperation under this MOC include …": a sentence that makes nothing under the
    // instrument it names says what that instrument covers.
    if (
      made.length === 0 &&
      referredTo === null &&
      parentOfSentence !== null &&
      candidates.length === unitStart
    )
      candidates.push(anaphorCandidate(unit, NO_MENTION, parentOfSentence, text));
    // "During the 3rd JWG on 23 July 2018 "Roadmap for …" was agreed upon": made at the body's meeting, under it.
    const atBody = made.find(
      (c) =>
        vocabulary().family(candidates[c]!.mention.type) === 'body' &&
        /\b(?:during|at)\s+(?:the\s+)?(?:[\p{L}\d]+\s+)?$/iu.test(
          text.slice(0, candidates[c]!.mention.start),
        ),
    );
    // "the Indo-US Science and Technology Forum’s US India Artificial Intelligence Initiative": the forum's.
    // "IGSTC announced plans to propose a joint AI initiative": the institution's own initiative.
    const owner = made.find((c, k) => {
      const next = made[k + 1];
      if (next === undefined || vocabulary().family(candidates[c]!.mention.type) !== 'institution')
        return false;
      const between = text.slice(candidates[c]!.mention.end, candidates[next]!.mention.start);
      return (
        /^\s*(?:\([^()]*\))?['’]s\s+$/u.test(between) ||
        (candidates[next]!.mention.named === null &&
          /^\s*(?:\([^()]*\))?\s+(?:announced|launched|proposed|set up|started)\b/u.test(between))
      );
    });
    // What an institution launches is its own, and is named by it ("IGSTC joint AI initiative on …").
    if (owner !== undefined) {
      const own = candidates[owner]!.mention;
      for (const c of made)
        if (c !== owner && candidates[c]!.mention.named === null)
          candidates[c] = { ...candidates[c]!, runBy: own.acronym ?? own.named };
    }
    if (initiated !== null && candidates[initiated[0]]!.parentIndex === null)
      candidates[initiated[0]] = { ...candidates[initiated[0]]!, parentIndex: initiated[1] };
    const parent = parentOfSentence ?? referredTo ?? atBody ?? owner ?? null;
    for (const c of made)
      if (parent !== null && c !== parent) candidates[c] = { ...candidates[c]!, parentIndex: parent };
    // A committee or working group with no parent of its own sits under the framework its paragraph is
    // about: the one whose name or topic shares a word with the body's ("JWG on Health" under the "MoC in
    // the field of Healthcare"), else the latest.
    for (const c of made) {
      const body = candidates[c]!;
      if (body.parentIndex !== null || vocabulary().family(body.mention.type) !== 'body') continue;
      const frameworks: number[] = [];
      for (let k = c - 1; k >= 0; k--) {
        const f = candidates[k]!;
        if (f.unit.source !== unit.source || f.unit.block !== unit.block) break;
        if (f.antecedent === null && vocabulary().family(f.mention.type) === 'framework') frameworks.push(k);
      }
      const stems = (t: string) => (t.toLowerCase().match(/\p{L}{5,}/gu) ?? []).map((w) => w.slice(0, 5));
      const own = new Set(stems(body.mention.named ?? ''));
      const sharing = frameworks.find((k) =>
        stems(`${candidates[k]!.mention.named ?? ''} ${candidates[k]!.topic ?? ''}`).some((w) => own.has(w)),
      );
      const parentIndex = sharing ?? frameworks[0];
      if (parentIndex !== undefined) candidates[c] = { ...body, parentIndex };
    }
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

/** "signed at that meeting", "signed … at a meeting of the …": group 1 when the meeting's body is named after it. */
const SIGNED_AT_MEETING =
  /\bsigned\b[^.;]{0,40}?\b(?:at|during)\s+(?:(?:that|the|this|its|a)\s+)?(?:[\p{L}\d]+\s+)?meeting(\s+of\b)?/iu;

/**
 * The body whose meeting it was: the one named in the same sentence after "meeting of", else the
 * latest committee or working group of the document, a few paragraphs back at most.
 */
function meetingBody(
  candidates: readonly Candidate[],
  unitStart: number,
  unit: SentenceUnit,
  namedHere: boolean,
): number | null {
  const isBody = (c: Candidate) => c.antecedent === null && vocabulary().family(c.mention.type) === 'body';
  if (namedHere) {
    const here = candidates.slice(unitStart).findIndex(isBody);
    return here >= 0 ? unitStart + here : null;
  }
  for (let i = unitStart - 1; i >= 0; i--) {
    const c = candidates[i]!;
    if (c.unit.source !== unit.source || unit.block - c.unit.block > 3) break;
    if (isBody(c)) return i;
  }
  return null;
}

/** "… Agreement on Cooperation in Science and Technology in Budapest": where it was signed ends no name. */
function withoutVenue(m: Mention, ctx: CandidateContext): Mention {
  const venue = /\s+(?:in|at)\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?)$/u.exec(m.named!);
  if (!venue) return m;
  const place = venue[1]!;
  // A country or a place of one (a capital, a city the gazetteer knows).
  if ((ctx.parties.countriesIn?.(place) ?? []).length === 0) return m;
  return { ...m, named: m.named!.slice(0, venue.index) };
}

/**
 * "ISRO and CNES signed an India–France Agreement on space collaboration": a name of sides and an
 * instrument word only is no name; the record is named by its parties and subject instead.
 */
function onlySides(named: string, ctx: CandidateContext): boolean {
  const sides = new Set(['india', 'indian', 'indo', ...ctx.countryWords.map((w) => w.toLowerCase())]);
  const cues = findCues(named);
  // ("Indo Japan Joint S&T Committee": the words a "Joint … Committee" holds are its name.)
  if (cues.some((c) => c.cue.form.includes('…'))) return false;
  const rest = cues.reduce((r, c) => r.replace(c.text, ' '), named);
  return rest.split(/[\s\-–—]+/u).every((w) => w === '' || sides.has(w.toLowerCase()));
}

/** The words up to a "under the overall MoC …" reference, which names another instrument. */
function ownUntilReference(own: string, text: string, mentions: readonly Mention[]): string {
  const at = text.indexOf(own);
  const ref = mentions.find((m) => m.parentRef && m.start > at && m.start < at + own.length);
  return ref ? own.slice(0, ref.start - at) : own;
}

/**
 * "memoranda signed … between A and B on X, and between C and D on Y": one clause per pair; "Two MoUs
 * were signed between DST and JSPS": the one pair; none when no pair is named.
 */
function betweenClauses(own: string): string[] {
  const at = [...own.matchAll(/\bbetween\s/gu)].map((m) => m.index);
  // "Four memoranda were exchanged with Danish partners": a summary of instruments listed elsewhere.
  if (at.length === 0) return [];
  if (at.length === 1) return [own];
  const head = own.slice(0, at[0]);
  return at.map(
    (a, k) =>
      `${head}${own.slice(a, at[k + 1] ?? own.length).replace(/,?\s*(?:and\s*)?(?:(?:another|one|the other)\s*)?$/u, '')}`,
  );
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

/**
 * "MoU between DAE and KEK: A memorandum of understanding was signed …": a
 * paragraph's label that names the same kind of instrument names this one.
 */
function labelOf(unit: SentenceUnit, mention: Mention): string | null {
  const m = /^([^:.]{3,120}):\s*/u.exec(unit.text);
  if (!m || mention.start < m[0].length) return null;
  // "MoU between DAE and KEK:" names the parties, which the record's name gives anyway.
  if (/\bbetween\b/u.test(m[1]!)) return null;
  // "The following MoUs were exchanged:", "Memoranda exchanged on 9 October 2021:" introduce a list; they
  // name none of its items.
  if (
    /\b(?:following|were|was|are|is|have|has|had|include|includes|included)\b/iu.test(m[1]!) ||
    eventWord(m[1]!)
  )
    return null;
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

/**
 * "DST - JSPS Young Researcher Fellowship Programme: A Letter of Intent …", "Indian Beam Line at KEK,
 * Tsukuba: The Indian Beam Line project …": a paragraph's label that holds a name is the document's own
 * fuller name for it.
 */
function headingName(text: string, mention: Mention): string | null {
  const m = /^([^:.]{3,100}):\s/u.exec(text);
  if (!m || mention.named === null || mention.end > m[1]!.length || m[1]!.split(/\s+/).length > 12)
    return null;
  if (!m[1]!.includes(mention.named) || m[1]!.trim() === mention.named) return null;
  return m[1]!.replace(/(?<=\p{Lu})\s+-\s+(?=\p{Lu})/gu, '–').trim();
}

const LIFE = /\b(?:extension|extended|renewed|valid (?:for|till|until))\b/iu;
/** "It envisaged …", "It covers …": a sentence about the instrument just named. */
const PRONOUN_SUBJECT =
  /^(?:It\s+(?:envisage[sd]?|covers?|covered|aims?|aimed|provides?|provided|includes?|included|seeks?|sought|promotes?|promoted|focuses|focused|will|also)|Both (?:parties|sides|agencies) (?:agreed|will|have agreed|also)|(?:It|Its)\s+(?:is|are|will be|was|has been)\s+(?:jointly\s+)?(?:implemented|coordinated|managed|run)\s+by|(?:The|Its)\s+(?:nodal|implementing)\s+agenc(?:y|ies)\b)\b/u;
const NO_MENTION: Mention = mention({ type: 'agreement', formal: true, anaphor: true, start: 0, end: 0 });

/** The latest end date among dates ("valid until 15 February 2024"), or null. */
function latestUntil(dates: readonly FoundDate[]): string | null {
  return (
    dates
      .filter((d) => d.role === 'until')
      .map((d) => d.iso)
      .sort()
      .at(-1) ?? null
  );
}

function lifeCandidate(unit: SentenceUnit, target: number, text: string): Candidate {
  return {
    ...anaphorCandidate(unit, NO_MENTION, target, text),
    until: latestUntil(findDates(text)),
    status: statusWord(text),
  };
}

/** A sentence about an instrument named earlier: it adds a quote, and a date or status when it gives one. */
function anaphorCandidate(unit: SentenceUnit, mention: Mention, target: number, segment: string): Candidate {
  const date = findDates(segment, unit.docDate).find((d) => d.role === 'when')?.iso ?? null;
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
    meetingOf: null,
  };
}
