/**
 * The instrument vocabulary is data (content/instruments.yml): its schema names
 * a bad entry's line and field, and a new wording is one form in the file.
 */
import { describe, expect, it } from 'vitest';
import { findCues, statusWord, typeOfPhrase } from '../../src/ingest/agreements/classify-type.ts';
import {
  instrumentsText,
  readInstruments,
  vocabularyProblems,
} from '../../src/ingest/agreements/vocabulary.ts';
import { formatProblem } from '../../src/ingest/errors.ts';

describe('content/instruments.yml', () => {
  it('is valid, like content/agencies.yml', () => {
    expect(vocabularyProblems()).toEqual([]);
  });
  it('names the line, the field and the allowed values of a bad entry', () => {
    const bad = instrumentsText().replace('    family: body\n', '    family: committee\n');
    const parsed = readInstruments(bad);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok)
      expect(formatProblem(parsed.problems[0]!)).toMatch(
        /^content\/instruments\.yml: line \d+: field `types\.joint-committee\.family`: .*\n {2}fix: use one of: framework, implementing, programme, body/,
      );
  });
  it('names a type that has no entry', () => {
    const parsed = readInstruments(instrumentsText().replace(/\n {2}event:\n(?: {4}.*\n)+/u, '\n'));
    expect(parsed.ok).toBe(false);
    if (!parsed.ok)
      expect(parsed.problems.map(formatProblem)).toContainEqual(
        expect.stringMatching(
          /^content\/instruments\.yml: line \d+: field `types\.event`: is missing\n {2}fix: add `types\.event: …`/u,
        ),
      );
  });
});

describe('types from the vocabulary', () => {
  it.each([
    ['Joint Declaration of Intent between the two ministries', 'letter-of-intent'],
    ['the India-Norway Task Force on Blue Economy', 'joint-working-group'],
    ['Joint Working Group on Science and Technology', 'joint-working-group'],
    ['Executive Programme of Scientific and Technological Cooperation', 'programme'],
    ['Agreement on Cooperation in the Fields of Science and Technology', 'agreement'],
    ['Traditional Knowledge Digital Library Access Agreement', 'agreement'],
    ['India-Canada Centre for Innovative Multidisciplinary Partnerships', 'institution'],
    ['Norway India Partnership Initiative', 'initiative'],
  ])('%s is a %s', (phrase, type) => {
    expect(typeOfPhrase(phrase)).toBe(type);
  });
  it('finds each cue once, longest first', () => {
    expect(findCues('a Memorandum of Understanding and two MoUs').map((c) => c.cue.type)).toEqual([
      'mou',
      'mou',
    ]);
    expect(findCues('the Inter-Governmental Agreement').map((c) => c.text)).toEqual([
      'Inter-Governmental Agreement',
    ]);
  });
  it('reads the strongest status the words state', () => {
    expect(statusWord('first signed in 2018, was renewed in 2021')).toBe('renewed');
    expect(statusWord('agreed to launch the initiative')).toBe('proposed');
  });
});
