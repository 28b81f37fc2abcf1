/**
 * Schemas for the editors' data files that steer the ingest:
 * `content/partners.yml` (the gazetteer), `content/sectors.yml` and
 * `content/boilerplate.yml`.
 */
import { z } from 'zod';
import { emblemSchema } from './emblem.ts';
import { slugSchema } from './source.ts';

/** The fixed sector vocabulary; `general` is what a passage gets when no other sector fits. */
export const sectors = [
  'ai',
  'quantum',
  'semiconductors',
  'telecom',
  'cybersecurity',
  'space',
  'health',
  'agriculture',
  'environment',
  'energy',
  'nuclear',
  'earth-ocean-polar',
  'materials-physics',
  'education-talent',
  'startups-industry',
  'general',
] as const;
export type Sector = (typeof sectors)[number];

const termsSchema = z.array(z.string().min(1)).min(1);

export const gazetteerSchema = z.record(
  slugSchema,
  z.strictObject({
    name: z.string().min(1),
    adjective: z.string().min(1),
    /**
     * How texts name the country and its people ("Japan", "Japanese"). A name
     * alone is not enough to make the country a partner of a document: the
     * document must pair it with India ("India and Japan", "Indo-Japanese",
     * "Finland India Quantum Network").
     */
    names: termsSchema,
    /** Agencies, programmes and places that belong to this partner alone: naming one is enough. */
    terms: z.array(z.string().min(1)).optional(),
    /** Phrases that contain a term but do not speak of the partnership ("US$ 17 billion"). */
    ignore: z.array(z.string().min(1)).optional(),
    /** The country's flag as a few shapes (see src/schemas/emblem.ts); without it pages show a monogram. */
    emblem: emblemSchema.optional(),
  }),
);
export type Gazetteer = z.infer<typeof gazetteerSchema>;

export const sectorTermsSchema = z.record(
  z.enum(sectors),
  z.object({ label: z.string(), terms: z.array(z.string()) }),
);
export type SectorTerms = z.infer<typeof sectorTermsSchema>;

/**
 * A declared boilerplate rule. `line` drops each whole line that matches;
 * `from` drops a matching line and everything after it (to `until`, exclusive, or the end).
 */
export const boilerplateRuleSchema = z
  .strictObject({
    id: slugSchema,
    why: z.string().min(1),
    sources: z.array(slugSchema).optional(),
    line: z.string().optional(),
    from: z.string().optional(),
    until: z.string().optional(),
  })
  .refine((r) => (r.line === undefined) !== (r.from === undefined), 'give exactly one of `line` or `from`');
export const boilerplateSchema = z.strictObject({ rules: z.array(boilerplateRuleSchema) });
export type BoilerplateRule = z.infer<typeof boilerplateRuleSchema>;
