/**
 * One source file, normalised text in, document model out: the chain of
 * pure stages that every page and record is built from.
 */
import type { BoilerplateRule, Sector } from '../schemas/config.ts';
import type { OriginalFormat, SourceMeta } from '../schemas/source.ts';
import { removeBoilerplate, type DroppedLine } from './boilerplate.ts';
import { attributePartners, type Classifier } from './classify.ts';
import { linesToBlocks, splitSentences, textToLines, type Block } from './segment.ts';

export interface SourceInput {
  slug: string;
  /** Path shown in messages and generated headers, e.g. `content/sources/x.txt`. */
  file: string;
  meta: SourceMeta;
  /** Normalised text (see `normaliseText`). */
  text: string;
  /** The original the text was converted from (`npm run add`), kept beside it in the sources folder. */
  original?: { file: string; format: OriginalFormat; bytes: number };
}

export interface DocumentBlock extends Block {
  partners: string[];
  sectors: Sector[];
}

export interface DroppedSentences extends DroppedLine {
  sentences: string[];
}

export interface DocumentModel extends SourceInput {
  blocks: DocumentBlock[];
  dropped: DroppedSentences[];
  /** Partners in order of first mention. */
  partners: string[];
  description: string;
}

const DESCRIPTION_LENGTH = 160;

/** The opening sentences of the first real paragraph, cut to a meta description's length. */
export function describe(blocks: readonly Block[], fallback: string): string {
  const first = blocks.find((b) => b.kind === 'paragraph' && b.text.length > 80);
  if (!first) return fallback;
  let out = '';
  for (const s of first.sentences) {
    if (out && (out + ' ' + s).length > DESCRIPTION_LENGTH) break;
    out = out ? `${out} ${s}` : s;
  }
  return out.length > DESCRIPTION_LENGTH
    ? `${out.slice(0, DESCRIPTION_LENGTH - 1).replace(/\s+\S*$/, '')}…`
    : out;
}

export function ingestDocument(
  source: SourceInput,
  rules: readonly BoilerplateRule[],
  classifier: Classifier,
): DocumentModel {
  const { kept, dropped } = removeBoilerplate(textToLines(source.text), rules, source.slug);
  const segmented = linesToBlocks(kept);
  // Only countries this document presents as India's partners count; a passing
  // mention ("behind US and China") neither creates a passage nor breaks inheritance.
  const presented = new Set(segmented.flatMap((b) => b.sentences.flatMap(classifier.presentedAsPartners)));
  const partnersOf = (text: string) => classifier.partners(text).filter((p) => presented.has(p));
  const blocks = attributePartners(segmented, partnersOf).map((b) => ({
    ...b,
    sectors: classifier.sectors(b.text),
  }));
  const partners = [...new Set(blocks.flatMap((b) => b.partners))];
  return {
    ...source,
    blocks,
    dropped: dropped.map((d) => ({ ...d, sentences: splitSentences(d.text) })),
    partners,
    description: describe(blocks, source.meta.title),
  };
}
