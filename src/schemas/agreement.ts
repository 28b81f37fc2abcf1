/**
 * Agreement records: what the ingest writes to `content/generated/agreements.json`,
 * what Astro's `agreements` collection reads, and what editors write in
 * `content/agreements.yml`. One schema, every type inferred from it.
 */
import { z } from 'zod';
import { sectors } from './config.ts';
import { isoDateSchema, slugSchema } from './source.ts';

/**
 * The fixed vocabulary of instrument types, each with the label readers see.
 * Order runs from binding instruments to looser cooperation, so lists sorted
 * by type read from treaty to talk.
 */
export const agreementTypeLabels = {
  agreement: 'Agreement',
  'inter-governmental-agreement': 'Inter-governmental agreement',
  mou: 'Memorandum of understanding',
  moc: 'Memorandum of cooperation',
  'letter-of-intent': 'Letter of intent',
  'implementing-arrangement': 'Implementing arrangement',
  arrangement: 'Arrangement',
  'joint-statement': 'Joint statement',
  partnership: 'Partnership framework',
  programme: 'Programme',
  fellowship: 'Fellowship',
  'joint-laboratory': 'Joint laboratory',
  project: 'Joint project or facility',
  institution: 'Institution',
  fund: 'Fund',
  initiative: 'Initiative',
  roadmap: 'Roadmap',
  dialogue: 'Dialogue',
  'joint-committee': 'Joint committee',
  'joint-working-group': 'Joint working group',
  event: 'Event or seminar series',
} as const;
export const agreementTypes = Object.keys(agreementTypeLabels) as [
  keyof typeof agreementTypeLabels,
  ...(keyof typeof agreementTypeLabels)[],
];
export type AgreementType = (typeof agreementTypes)[number];

/** Types that frame others: an implementing arrangement or programme is made under one of these. */
export const frameworkTypes: readonly AgreementType[] = [
  'agreement',
  'inter-governmental-agreement',
  'mou',
  'moc',
  'letter-of-intent',
  'partnership',
];

/**
 * What the text says about an instrument's life, with the label readers see. Ordered from the weakest
 * state to the strongest: where sentences state different states, the strongest stands.
 * `on` is when that happened, `until` when it runs out; both only where the text gives them.
 */
export const statusLabels = {
  proposed: 'Proposed',
  finalised: 'Finalised',
  launched: 'Launched',
  established: 'Established',
  signed: 'Signed',
  extended: 'Extended',
  renewed: 'Renewed',
} as const;
export const statusStates = Object.keys(statusLabels) as [
  keyof typeof statusLabels,
  ...(keyof typeof statusLabels)[],
];
export const statusSchema = z.strictObject({
  state: z.enum(statusStates),
  on: isoDateSchema.nullable(),
  until: isoDateSchema.nullable(),
});
export type AgreementStatus = z.infer<typeof statusSchema>;

/** Which side of the agreement an organisation is on, as far as its name or the text says. */
export const partySides = ['india', 'partner', 'joint'] as const;
export const partySchema = z.strictObject({
  /** Full name, expanded where a source expands the acronym. */
  name: z.string().min(1),
  acronym: z.string().min(1).nullable(),
  side: z.enum(partySides),
});
export type Party = z.infer<typeof partySchema>;

/** One sentence (or a sentence broken over two lines: two entries) that states the record, verbatim. */
export const agreementSourceSchema = z.strictObject({
  source: slugSchema,
  quote: z.string().min(1),
  /** The paragraph's anchor on `/sources/<source>/`. */
  anchor: z.string().min(1),
});
export type AgreementSource = z.infer<typeof agreementSourceSchema>;

export const agreementSchema = z.strictObject({
  id: slugSchema,
  /** As a reader would search for it. */
  name: z.string().min(1),
  type: z.enum(agreementTypes),
  /** Partner country slug from `content/partners.yml`. */
  partner: slugSchema,
  /** ISO date at the precision the text gives; null when it gives none. Never guessed. */
  date: isoDateSchema.nullable(),
  parties: z.array(partySchema),
  sectors: z.array(z.enum(sectors)).min(1),
  status: statusSchema.nullable(),
  /** The framework this was made under (framework → implementing arrangement → programme). */
  parent: slugSchema.nullable(),
  /** Acronyms, expansions and other names the sources use, for search. */
  aliases: z.array(z.string().min(1)),
  sources: z.array(agreementSourceSchema).min(1),
});
export type Agreement = z.infer<typeof agreementSchema>;

export const agreementsFileSchema = z.array(agreementSchema);

/* ---------- content/agreements.yml: the editor's overrides ---------- */

const why = z.string().trim().min(1, 'say why, so the next editor knows');
/** A quote an editor adds: the anchor is found by the ingest, so only the words are written. */
const editorQuoteSchema = z.strictObject({ source: slugSchema, quote: z.string().trim().min(1) });
const editorPartySchema = z.union([
  z.string().min(1),
  z.strictObject({
    name: z.string().min(1),
    acronym: z.string().min(1).optional(),
    side: z.enum(partySides).optional(),
  }),
]);
export type EditorParty = z.infer<typeof editorPartySchema>;
const editorStatusSchema = z.strictObject({
  state: z.enum(statusStates),
  on: isoDateSchema.optional(),
  until: isoDateSchema.optional(),
});

/** Fields an editor may set on a record; everything else is derived. */
const correctableSchema = z.strictObject({
  name: z.string().min(1).optional(),
  type: z.enum(agreementTypes).optional(),
  partner: slugSchema.optional(),
  date: isoDateSchema.nullable().optional(),
  parties: z.array(editorPartySchema).optional(),
  sectors: z.array(z.enum(sectors)).min(1).optional(),
  status: editorStatusSchema.nullable().optional(),
  parent: slugSchema.nullable().optional(),
  aliases: z.array(z.string().min(1)).optional(),
});

/** One schema per editor action; an entry is recognised by its action key (`rename: <id>`, `merge: [...]`…). */
export const overrideActionSchemas = {
  rename: z.strictObject({ rename: slugSchema, name: z.string().min(1), id: slugSchema.optional(), why }),
  merge: z.strictObject({ merge: z.array(slugSchema).min(1), into: slugSchema, why }),
  split: z.strictObject({
    split: slugSchema,
    /** The new record takes these quotes (each must be one the target cites) and these fields. */
    into: correctableSchema.extend({
      id: slugSchema,
      name: z.string().min(1),
      quotes: z.array(editorQuoteSchema).min(1),
    }),
    why,
  }),
  correct: z.strictObject({ correct: slugSchema, set: correctableSchema, why }),
  cite: z.strictObject({ cite: slugSchema, sources: z.array(editorQuoteSchema).min(1), why }),
  add: z.strictObject({
    add: correctableSchema.extend({
      id: slugSchema,
      name: z.string().min(1),
      type: z.enum(agreementTypes),
      partner: slugSchema,
      sources: z.array(editorQuoteSchema).min(1),
    }),
    why,
  }),
  drop: z.strictObject({ drop: slugSchema, why }),
};
export type OverrideAction = keyof typeof overrideActionSchemas;
export const overrideActions = Object.keys(overrideActionSchemas) as OverrideAction[];
export type Override = { [A in OverrideAction]: z.infer<(typeof overrideActionSchemas)[A]> }[OverrideAction];

/**
 * An entry is checked against its own action's schema, so an error names the
 * field that is wrong rather than "matches none of seven shapes".
 */
const overrideSchema = z.record(z.string(), z.unknown()).transform((entry, ctx): Override => {
  const action = overrideActions.find((a) => a in entry);
  if (action === undefined) {
    ctx.addIssue({
      code: 'custom',
      message: `names no action; start the entry with one of: ${overrideActions.map((a) => `${a}:`).join(', ')}`,
    });
    return z.NEVER;
  }
  const parsed = overrideActionSchemas[action].safeParse(entry);
  if (!parsed.success) {
    for (const issue of parsed.error.issues)
      ctx.addIssue({ ...issue, input: (issue as { input?: unknown }).input } as never);
    return z.NEVER;
  }
  return parsed.data as Override;
});
export const overridesFileSchema = z.strictObject({ overrides: z.array(overrideSchema) });
export type OverridesFile = z.infer<typeof overridesFileSchema>;
