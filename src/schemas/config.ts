/**
 * Schemas for the editors' data files that steer the ingest:
 * `content/sectors.yml` and `content/boilerplate.yml` (the gazetteer,
 * `content/partners.yml`, is in `gazetteer.ts`).
 */
import { z } from 'zod';
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

export const sectorTermsSchema = z.record(
  z.enum(sectors),
  z.strictObject({ label: z.string(), terms: z.array(z.string()) }),
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
