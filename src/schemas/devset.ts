/**
 * An extraction test set: `<dir>/*.txt` and `<dir>/expected.json`, the records a
 * careful editor would extract from those documents (format and scoring rules in
 * `tests/fixtures/devset/README.md`). `npm run eval:extraction -- <dir>` reads it.
 */
import { z } from 'zod';
import { isoDateSchema, slugSchema, sourceKinds } from './source.ts';

/**
 * The evaluation's type vocabulary: the project's own types as the scoring rules
 * map them (`letter-of-intent` → `loi`…). A type outside it is a typo in the set.
 */
export const EVAL_TYPE_MAP: Readonly<Record<string, string>> = {
  'letter-of-intent': 'loi',
  'joint-laboratory': 'joint-lab',
  'inter-governmental-agreement': 'agreement',
  'memorandum-of-understanding': 'mou',
  'memorandum-of-cooperation': 'moc',
};
export const evalType = (type: string): string => EVAL_TYPE_MAP[type] ?? type;

export const devsetDocSchema = z.strictObject({
  title: z.string().min(1),
  publisher: z.string().min(1).optional(),
  /** YYYY, YYYY-MM or YYYY-MM-DD, as a source's `published`. */
  published: isoDateSchema.optional(),
  kind: z.enum(sourceKinds).optional(),
});

export const expectedRecordSchema = z.strictObject({
  id: z.string().min(1),
  /** The document with the fullest mention; `quote` is verbatim from it. */
  doc: slugSchema,
  also_in: z.array(slugSchema),
  partner: slugSchema,
  name: z.string().min(1),
  /** Each entry must occur in the record's name or aliases; `|` separates alternatives. */
  must_name: z.array(z.string().min(1)),
  type: z.string().min(1),
  date: isoDateSchema.nullable(),
  parties: z.array(z.string().min(1)),
  quote: z.string().min(1),
  status: z.string().min(1).optional(),
});
export type ExpectedRecord = z.infer<typeof expectedRecordSchema>;

export const trapSchema = z.strictObject({
  doc: slugSchema,
  quote: z.string().min(1),
  why: z.string().min(1),
});
export type Trap = z.infer<typeof trapSchema>;

export const devsetSchema = z.strictObject({
  docs: z.record(slugSchema, devsetDocSchema),
  records: z.array(expectedRecordSchema),
  none: z.array(trapSchema),
  countries: z.array(slugSchema),
});
export type Devset = z.infer<typeof devsetSchema>;
