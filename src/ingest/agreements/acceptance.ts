/**
 * Stage 5, acceptance: is a mention a bilateral instrument in scope, and
 * whose? Multilateral groups, out-of-scope subjects, diplomatic labels and one
 * side's own bodies make no record; the partner comes from the name, the
 * sentence or the paragraph.
 */
import { vocabulary } from './vocabulary.ts';
import { eventWord } from './classify-type.ts';
import type { CandidateContext } from './find-candidates.ts';
import type { Mention } from './mentions.ts';
import { findDates } from './parse-date.ts';
import { maskParties, parseParties } from './parse-parties.ts';
import type { SentenceUnit } from './sentence-units.ts';

const INDIA_WORD = /\b(?:India|Indian|Indo|Bharat)\b/u;

/** "Strategic Partnership", "the India-Italy Strategic Partnership": a relationship's label, not an instrument. */
/** Country words as a set, made once per list (the gazetteer's words are a thousand). */
const wordSets = new WeakMap<readonly string[], { lower: Set<string>; exact: Set<string> }>();
function wordSetsOf(countryWords: readonly string[]) {
  let sets = wordSets.get(countryWords);
  if (!sets) {
    sets = {
      lower: new Set(['india', 'indian', 'indo', 'the', ...countryWords.map((w) => w.toLowerCase())]),
      exact: new Set(countryWords),
    };
    wordSets.set(countryWords, sets);
  }
  return sets;
}

function isDiplomaticLabel(name: string, countryWords: readonly string[]): boolean {
  const strip = wordSetsOf(countryWords).lower;
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
  const countries = wordSetsOf(ctx.countryWords).exact;
  return (
    name.split(/[\s\-–—]+/u).some((w) => countries.has(w.replace(/['’]s$/u, ''))) && !INDIA_WORD.test(name)
  );
}

const BILATERAL_NAME = /\b(?:India|Indian|Indo)\b/u;

/**
 * A name that is an organisation rather than an instrument: one side's own body ("Innovation Fund
 * Denmark", "the Research Council of Norway"), or an institution that is not binational ("Canadian
 * Network of Centres of Excellence"; "Indo-German …" and "India–Canada Centre …" are records). Such a
 * mention is a party at most, and the words around it belong to the instruments beside it.
 */
export function namesAParty(mention: Mention, sentence: string, ctx: CandidateContext): boolean {
  if (!mention.named || mention.formal) return false;
  // "India and the EU agreed to set up a Trade and Technology Council": what the two make is theirs.
  if (/\b(?:set up|establish|create|found|launch)\s+(?:an?|the)\s+$/iu.test(sentence.slice(0, mention.start)))
    return false;
  // "The Centre for Sustainable Mobility was set up by India and Sweden in 2018": theirs too.
  if (
    /^\s+(?:was|were|has been|had been)\s+(?:jointly\s+)?(?:set up|established|created|founded|inaugurated|launched|opened)\s+(?:by|jointly)\b/iu.test(
      sentence.slice(mention.end),
    ) &&
    ctx.presentedIn(sentence.slice(mention.end)).length > 0
  )
    return false;
  if (ownBodyOfPartner(mention, sentence, ctx)) return true;
  // "Indian Council of Agricultural Research and the Kenya Agricultural … Organization": two agencies.
  const pieces = mention.named.split(/\s+and\s+the\s+/u);
  if (pieces.length > 1 && pieces.some((piece) => ctx.parties.dictionary.knownAcronym(piece) !== undefined))
    return true;
  return (
    vocabulary().family(mention.type) === 'institution' &&
    !(
      ctx.presentedIn(mention.named).length > 0 ||
      /\b(?:binational|bi-national|joint)\b/iu.test(mention.named)
    )
  );
}

/** How near an in-scope word must be to an out-of-scope one to keep it in scope: three or four words. */
const NEAR = 24;

/**
 * A subject outside science and technology: an out-of-scope word with no in-scope word beside it. "An MoU on trade
 * remedies" is out; "the Trade and Technology Council" and "research into the migration of seabirds" stay in; and in
 * "an MoU on defence industry and an MoU on biotechnology research" the research is too far to speak for the defence.
 */
function outOfScope(subject: string): boolean {
  const v = vocabulary();
  return v.outOfScope
    .spans(subject)
    .some(({ start, end }) => !v.inScope.test(subject.slice(Math.max(0, start - NEAR), end + NEAR)));
}

/**
 * "We suggest three steps: convene the Joint Committee every two years", "the two sides should set up a Joint
 * Working Group", "we recommend a joint fund": a sentence that advises or supposes before the instrument speaks of
 * one that does not exist yet (the words are `advisory` in content/instruments.yml).
 */
function advised(mention: Mention, sentence: string): boolean {
  const v = vocabulary();
  const advice = v.advisory.spans(sentence.slice(0, mention.start)).at(-1);
  if (!advice) return false;
  // "As the review recommended, India and Japan signed an MoU": an event told as done after the advice is what
  // happened (a past form of content/instruments.yml's event words), not what is advised.
  return !v.events.find(sentence.slice(advice.end)).some((e) => /ed$/u.test(e));
}

/** "the A-B Leadership Dialogue, an annual conference of business leaders": the appositive says it is a gathering. */
function describedAsGathering(mention: Mention, sentence: string): boolean {
  const description = /^\s*(?:,|\s[-–—])\s+(?:an?|the)\s+([^,;.()]{1,80})/u.exec(
    sentence.slice(mention.end),
  )?.[1];
  if (!description) return false;
  // The head of the description: its first words, before what it is "for" or "on".
  const head = description.split(/\s+(?:for|on|in|at|to|that|which|where|with)\s/u)[0]!;
  return vocabulary().gatherings.test(head.split(/\s+/u).slice(0, 6).join(' '));
}

/**
 * "… signed at the Founding Conference of the International Solar Alliance, the treaty-based organisation …", "a
 * centre that is part of the UN": made at, or part of, a multilateral organisation, so not a bilateral instrument.
 */
function withinMultilateral(mention: Mention, sentence: string): boolean {
  const after = sentence.slice(mention.end);
  const clauseEnd = after.search(/[;.](?:\s|$)/u);
  const clause = clauseEnd < 0 ? after : after.slice(0, clauseEnd);
  return vocabulary()
    .multilateral.spans(clause)
    .some(({ start }) =>
      /\b(?:at|part of|within|founded at|under the aegis of|of)\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]*\s+(?:of\s+(?:the\s+)?)?){0,4}$/u.test(
        clause.slice(0, start),
      ),
    );
}

export function accept(
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
  // ("… a memorandum of understanding to jointly bid for railway projects": what it is for, too.)
  const about = /\s(?:on|concerning|regarding|in the fields? of|for|to)\s/u.exec(
    maskParties(clause, parseParties(clause, ctx.parties)),
  );
  // One item of a list ("four MoUs: on health, on space and on legal cooperation") is about its item only.
  const subject =
    mention.item !== null
      ? mention.item
      : `${mention.named ?? ''} ${about ? maskParties(clause, parseParties(clause, ctx.parties)).slice(about.index) : ''}`;
  if (v.multilateral.test(mention.named ?? segment)) return false;
  if (
    advised(mention, sentence) ||
    describedAsGathering(mention, sentence) ||
    withinMultilateral(mention, sentence)
  )
    return false;
  if (outOfScope(subject)) return false;
  if (mention.named && isDiplomaticLabel(mention.named, ctx.countryWords)) return false;
  if (namesAParty(mention, sentence, ctx)) return false;
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
    // "Make in India, … and Skill India Mission have been launched": India's own schemes, when the
    // sentence names no partner.
    if (
      ['initiative', 'programme'].includes(vocabulary().family(mention.type)) &&
      INDIA_WORD.test(mention.named) &&
      ctx.partnersIn(sentence).length === 0
    )
      return false;
    return (
      eventWord(sentence) &&
      (ctx.partnersIn(sentence).length > 0 || blockPartners.length > 0) &&
      (/\b(?:India|Indian|both|two countries|bilateral|joint|between|agreed)\b/iu.test(sentence) ||
        bothSides(segment, ctx))
    );
  }
  if (mention.topic !== null)
    return eventWord(sentence) || /\b(?:talks|considering|announced)\b/u.test(sentence);
  if (!mention.formal) return false;
  // "under which a Joint Working Group meets every two years": a body with a capitalised name exists.
  if (
    vocabulary().family(mention.type) === 'body' &&
    /^\p{Lu}/u.test(sentence.slice(mention.start, mention.end)) &&
    (blockPartners.length > 0 || ctx.partnersIn(sentence).length > 0)
  )
    return true;
  // "the Agreement between the Government of India and the Government of Denmark on …": named in full.
  if (/^\s+between\s/u.test(sentence.slice(mention.end))) return true;
  const dated = findDates(segment).some((d) => d.role === 'when');
  if (mention.plural && !dated) return false;
  return eventWord(segment) || dated;
}

/** "launched in 2014 by DST and the UK's Department for …": an Indian and a partner's organisation, so bilateral. */
function bothSides(segment: string, ctx: CandidateContext): boolean {
  const sides = new Set(parseParties(segment, ctx.parties).map((p) => p.side));
  return sides.has('india') && (sides.has('partner') || sides.has('joint'));
}

export function partnerOf(
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
