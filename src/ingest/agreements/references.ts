/**
 * Stage 4, references: what "the MoU", "this agreement", "under this" or a
 * name given before refers to, among the candidates found so far.
 */
import type { AgreementType } from '../../schemas/agreement.ts';
import type { Candidate, CandidateContext } from './find-candidates.ts';
import type { Mention } from './mentions.ts';
import type { SentenceUnit } from './sentence-units.ts';
import { instrumentKey } from './name-record.ts';
import { vocabulary } from './vocabulary.ts';

/** Anaphors resolve within a family: "the MoU" may be the agreement named before; a fellowship is a programme. */
export const familyOf = (t: AgreementType) => vocabulary().family(t);

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

export function resolveReference(
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
  // "The Agreement will be implemented by …" a few paragraphs on: the latest instrument of that very type
  // with the paragraph's partner ("The executive programme was signed …" the paragraph after it).
  if (mention.anaphor)
    for (let i = candidates.length - 1; i >= 0; i--) {
      const c = candidates[i]!;
      if (c.unit.source !== unit.source || unit.block - c.unit.block > (mention.formal ? 8 : 2)) break;
      if (
        c.antecedent === null &&
        c.mention.type === mention.type &&
        unit.blockPartners.includes(c.partner ?? '')
      )
        return i;
    }
  return null;
}
