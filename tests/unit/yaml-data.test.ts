import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/ingest/errors.ts';
import { parseYaml } from '../../src/ingest/yaml-data.ts';
import { sectorTermsSchema } from '../../src/schemas/config.ts';

describe('parseYaml names the field and the fix', () => {
  it('an unquoted comma in a { … } value: the label was cut to "Earth" without a word said', () => {
    const text =
      'ai: {label: AI, terms: [AI]}\nearth-ocean-polar: {label: Earth, ocean and polar science, terms: []}\n';
    const parsed = parseYaml(sectorTermsSchema, text, 'content/sectors.yml');
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    // (Every other sector is reported missing too: the file here is cut short.)
    expect(parsed.problems.map(formatProblem)).toContain(
      'content/sectors.yml: line 2: field `earth-ocean-polar.ocean and polar science`: is not a known field\n' +
        '  fix: if it is the rest of the value before it, put that value in quotes (a comma inside { … } starts a new field); else remove it, or use one of the known keys: label, terms',
    );
  });

  it('a misspelt nested key lists the keys of the object it sits in', () => {
    const parsed = parseYaml(sectorTermsSchema, 'ai: {label: AI, term: [AI]}\n', 'content/sectors.yml');
    if (parsed.ok) throw new Error('expected a problem');
    expect(parsed.problems.map(formatProblem)).toContain(
      'content/sectors.yml: line 1: field `ai.term`: is not a known field\n  fix: remove it, or use one of the known keys: label, terms',
    );
  });
});
