/**
 * Which words name an instrument, and of which type, read from the instrument
 * vocabulary (`content/instruments.yml`). Formal instruments (MoU, MoC,
 * agreement…) are records wherever the text says one was made; looser ones
 * (programme, initiative, dialogue…) only when they carry a name.
 */
import { statusStates, type AgreementStatus, type AgreementType } from '../../schemas/agreement.ts';
import { vocabulary, type Cue } from './vocabulary.ts';

export type { Cue };

/** Every cue in a text, in reading order, longest first where two overlap. */
export function findCues(text: string): { cue: Cue; start: number; end: number; text: string }[] {
  // The stages ask about the same words again (a mention's name, its type, its label): answer once.
  const known = cueCache.get(text);
  if (known) return known;
  if (cueCache.size > 50_000) cueCache.clear();
  const found = cuesIn(text);
  cueCache.set(text, found);
  return found;
}

const cueCache = new Map<string, { cue: Cue; start: number; end: number; text: string }[]>();

function cuesIn(text: string): { cue: Cue; start: number; end: number; text: string }[] {
  const v = vocabulary();
  const out: { cue: Cue; start: number; end: number; text: string }[] = [];
  for (const re of v.cuePatterns) {
    re.lastIndex = 0;
    for (const m of text.matchAll(re)) {
      const start = m.index;
      const end = start + m[0].length;
      if (out.some((o) => start < o.end && end > o.start)) continue;
      // "the treaty-based organisation", "programme-level reviews": the first half of an adjective, not an instrument.
      if (/^-\p{Ll}/u.test(text.slice(end, end + 2))) continue;
      const cue = v.cueOf(m[0]);
      if (cue) out.push({ cue, start, end, text: m[0] });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Short labels used in generated names: "DST–JST MoU". */
export function shortLabel(type: AgreementType): string | undefined {
  return vocabulary().shortLabel(type);
}

/** Words after which a name's head is over: "Agreement on …", "Centre for …", "Programme of Cooperation in …". */
const AFTER_HEAD = /\s(?:on|for|between|concerning|regarding|in|to|with|at|under)\s/u;

/**
 * The type a named phrase's own words give it: its head, the last cue before the
 * words that say what it is about ("Joint Working Group on Science …" is a working
 * group, "Executive Programme of Scientific … Cooperation" a programme).
 */
export function typeOfPhrase(phrase: string): AgreementType | undefined {
  const cues = findCues(phrase);
  if (cues.length === 0) return undefined;
  const cut = AFTER_HEAD.exec(phrase);
  const free = cut ? cues.filter((c) => c.start < cut.index) : cues;
  return (free.at(-1) ?? cues[0]!).cue.type;
}

/**
 * Words that say an instrument was made, changed or planned. A formal cue
 * with none of these, no date and no party is talk about agreements in
 * general ("several MOU's have been signed" still counts: it goes to the report).
 */
export function eventWord(text: string): boolean {
  return vocabulary().events.test(text) || SINCE_YEAR.test(text);
}

/** "have run a joint research programme since 2013": running since a year says when it began ("not met since before
 * the pandemic" says nothing of the kind). */
const SINCE_YEAR = /\bsince\s+(?:(?:early|mid|late)[-\s])?(?:1[89]|20)\d{2}\b/iu;

/** The strongest state the words state. */
export function statusWord(text: string): AgreementStatus['state'] | undefined {
  return vocabulary().statuses.find(([, words]) => words.test(text))?.[0];
}

/** Weakest to strongest: the order of the schema's status vocabulary. */
export const STATUS_RANK = statusStates;
