/**
 * The editors' vocabularies of a content folder (partners, sectors,
 * boilerplate) as the ingest's config, for tools that run the pure pipeline
 * outside `npm run ingest` (the extraction evaluation, benchmarks).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'zod';
import { boilerplateSchema, sectorTermsSchema } from '../schemas/config.ts';
import { gazetteerSchema } from '../schemas/gazetteer.ts';
import type { IngestProblem } from '../ingest/errors.ts';
import type { IngestConfig } from '../ingest/pipeline.ts';
import { parseYaml } from '../ingest/yaml-data.ts';

export type ContentConfig = { ok: true; config: IngestConfig } | { ok: false; problems: IngestProblem[] };

/** `withOverrides` adds `agreements.yml` when it exists; without it, records are the extraction's alone. */
export function readContentConfig(contentDir: string, withOverrides: boolean): ContentConfig {
  const problems: IngestProblem[] = [];
  const read = <S extends z.ZodType>(schema: S, name: string): z.infer<S> | undefined => {
    const file = join(contentDir, name);
    const parsed = parseYaml(schema, readFileSync(file, 'utf8'), file);
    if (parsed.ok) return parsed.value;
    problems.push(...parsed.problems);
    return undefined;
  };
  const gazetteer = read(gazetteerSchema, 'partners.yml');
  const sectorTerms = read(sectorTermsSchema, 'sectors.yml');
  const boilerplate = read(boilerplateSchema, 'boilerplate.yml');
  if (!gazetteer || !sectorTerms || !boilerplate) return { ok: false, problems };
  const overridesFile = join(contentDir, 'agreements.yml');
  const overrides =
    withOverrides && existsSync(overridesFile)
      ? { overrides: { file: 'content/agreements.yml', text: readFileSync(overridesFile, 'utf8') } }
      : {};
  return { ok: true, config: { gazetteer, sectorTerms, rules: boilerplate.rules, ...overrides } };
}
