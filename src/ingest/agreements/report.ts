/**
 * The extraction report: sentences that look like they speak of an
 * instrument (an MoU, "signed", a programme…) but that no record cites, so an
 * editor knows what to review and, if needed, add in `content/agreements.yml`.
 */
import type { Agreement } from '../../schemas/agreement.ts';
import type { SentenceUnit } from './find-candidates.ts';

export interface UnmatchedSentence {
  source: string;
  anchor: string;
  sentence: string;
  /** The words that made it look like an instrument. */
  cues: string[];
}

export interface ExtractionReport {
  records: number;
  byPartner: Record<string, number>;
  byType: Record<string, number>;
  overridesApplied: string[];
  unmatched: UnmatchedSentence[];
}

const LOOKS_LIKE_INSTRUMENT =
  /\b(?:MoUs?|MOU['’]?s?|MoCs?|MOC|Memorand(?:um|a)|[Aa]greements?|signed|concluded|Letters? of Intent|LoI|[Aa]rrangements?|[Pp]rogramm?es?|[Ii]nitiatives?|[Ff]ellowships?|[Ll]aborator(?:y|ies)|[Ff]unds?|[Dd]ialogues?|JWG|[Ww]orking [Gg]roup|[Tt]reat(?:y|ies)|[Pp]artnership|[Rr]oadmap)\b/gu;

function count(values: readonly string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const v of values) out[v] = (out[v] ?? 0) + 1;
  return Object.fromEntries(Object.entries(out).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)));
}

export function extractionReport(
  units: readonly SentenceUnit[],
  records: readonly Agreement[],
  overridesApplied: readonly string[],
): ExtractionReport {
  const cited = new Set(records.flatMap((r) => r.sources.map((s) => `${s.source}\u0000${s.quote}`)));
  const unmatched = units
    .filter((u) => !u.parts.some((p) => cited.has(`${p.source}\u0000${p.quote}`)))
    .map((u) => ({ u, cues: [...new Set(u.text.match(LOOKS_LIKE_INSTRUMENT) ?? [])] }))
    .filter(({ cues }) => cues.length > 0)
    .map(({ u, cues }) => ({ source: u.source, anchor: u.parts[0]!.anchor, sentence: u.text, cues }));
  return {
    records: records.length,
    byPartner: count(records.map((r) => r.partner)),
    byType: count(records.map((r) => r.type)),
    overridesApplied: [...overridesApplied],
    unmatched,
  };
}
