/**
 * `content/instruments.yml`: the words that name instruments and the words
 * around them that the agreement extraction reads. One entry per record type;
 * the type ids themselves are fixed in `agreement.ts` (the record schema).
 */
import { z } from 'zod';
import { agreementTypes, statusStates } from './agreement.ts';

export const instrumentFamilies = [
  'framework',
  'implementing',
  'programme',
  'body',
  'dialogue',
  'facility',
  'institution',
  'initiative',
  'statement',
  'event',
] as const;
export type InstrumentFamily = (typeof instrumentFamilies)[number];

const words = z.array(z.string().trim().min(1)).min(1);

/** One type's words; its id and the label readers see are `agreementTypeLabels` in `agreement.ts`. */
export const instrumentTypeSchema = z.strictObject({
  family: z.enum(instrumentFamilies),
  /** When sources call one instrument by two types, the lower number wins. */
  priority: z.number().int().nonnegative(),
  /** A record even unnamed ("an MoU was signed"); the others need a name. */
  formal: z.boolean(),
  /** Surface forms, singular and plural; `…` stands for up to five capitalised words. */
  forms: words,
  /** Forms of a loose type that are records even unnamed, like a formal type's ("a Programme of Cooperation", "a joint call"). */
  formalForms: z.array(z.string().min(1)).optional(),
  /** Forms count only when capitalised, inside a name. */
  proper: z.boolean().optional(),
  /** The label in generated names ("DST–JST MoU"). */
  short: z.string().min(1).optional(),
  /** Short forms that are never a party's name. */
  acronyms: z.array(z.string().min(1)).optional(),
});
export type InstrumentTypeEntry = z.infer<typeof instrumentTypeSchema>;

/** `types` is keyed by every record type: a type with no entry is a missing field. */
export const instrumentsSchema = z.strictObject({
  types: z.record(z.enum(agreementTypes), instrumentTypeSchema),
  /** Words that state each status, weakest first. */
  statuses: z.record(z.enum(statusStates), words),
  events: words,
  cooperation: words,
  multilateral: words,
  outOfScope: words,
  /** Words that keep a subject in scope even beside an out-of-scope word ("Trade and Technology Council"). */
  inScope: words,
  diplomaticLabels: words,
  /** Words that advise or suppose ("should", "we recommend"): what they govern is not yet an instrument. */
  advisory: words,
  /** What an appositive calls a gathering ("an annual conference of business leaders"): not an instrument. */
  gatherings: words,
  ordinals: words,
  /** Offices people hold ("Secretary", "Director-General"): the words before an organisation a person heads. */
  offices: words,
  /** Lowercase words inside an organisation's name in another language ("Centre National d'Études Spatiales", "Consiglio Nazionale delle Ricerche"). */
  nameParticles: words,
  /** Words that head an organisation's name in another language, as "Council" or "Institute" do in English. */
  organisationHeads: words,
});
export type Instruments = z.infer<typeof instrumentsSchema>;
