/**
 * Golden fixtures: a source in, the exact MDX out. After an intended change,
 * run `UPDATE_GOLDEN=1 npm run test:unit` and review the diff like code.
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { ingestCorpus } from '../../src/ingest/pipeline.ts';
import { normaliseText } from '../../src/ingest/normalise.ts';
import { boilerplateSchema, sectorTermsSchema } from '../../src/schemas/config.ts';
import { gazetteerSchema } from '../../src/schemas/gazetteer.ts';
import { sourceMetaSchema } from '../../src/schemas/source.ts';

const root = join(import.meta.dirname, '../..');
const goldenDir = join(root, 'tests/fixtures/golden');
const readYaml = (file: string) => parse(readFileSync(join(root, 'content', file), 'utf8'));
const config = {
  gazetteer: gazetteerSchema.parse(readYaml('partners.yml')),
  sectorTerms: sectorTermsSchema.parse(readYaml('sectors.yml')),
  rules: boilerplateSchema.parse(readYaml('boilerplate.yml')).rules,
};
const update = process.env['UPDATE_GOLDEN'] === '1';

describe('golden fixtures', () => {
  for (const name of readdirSync(goldenDir)) {
    it(`${name}: source in, expected MDX out`, () => {
      const dir = join(goldenDir, name);
      const source = {
        slug: name,
        file: `tests/fixtures/golden/${name}/input.txt`,
        meta: sourceMetaSchema.parse(parse(readFileSync(join(dir, 'meta.yml'), 'utf8'))),
        text: normaliseText(readFileSync(join(dir, 'input.txt'), 'utf8')),
      };
      const { files } = ingestCorpus([source], config);
      for (const f of files.filter((f) => f.path.endsWith('.mdx'))) {
        const expectedFile = join(dir, 'expected', f.path.replaceAll('/', '__'));
        if (update) writeFileSync(expectedFile, f.content);
        expect(
          existsSync(expectedFile),
          `${expectedFile} is missing: run UPDATE_GOLDEN=1 npm run test:unit`,
        ).toBe(true);
        expect(f.content, f.path).toBe(readFileSync(expectedFile, 'utf8'));
      }
      const expectedNames = readdirSync(join(dir, 'expected')).sort();
      expect(
        files
          .filter((f) => f.path.endsWith('.mdx'))
          .map((f) => f.path.replaceAll('/', '__'))
          .sort(),
      ).toEqual(expectedNames);
    });
  }
});
