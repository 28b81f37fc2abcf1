import { describe, expect, it } from 'vitest';
import { readSources } from '../../src/ingest/read-sources.ts';
import { formatProblem } from '../../src/ingest/errors.ts';

const enc = (s: string) => new TextEncoder().encode(s);
const read = (files: Record<string, string | Uint8Array>) =>
  readSources(
    Object.entries(files).map(([name, c]) => ({ name, bytes: typeof c === 'string' ? enc(c) : c })),
    'content/sources',
  );

describe('readSources', () => {
  it('takes the original a source was converted from, beside its text, and notes its size', () => {
    const r = read({ 'a.txt': 'x', 'a.yml': 'title: A\n', 'a.pdf': new Uint8Array(1234) });
    expect(r.problems).toEqual([]);
    expect(r.sources[0]!.original).toEqual({ file: 'a.pdf', format: 'pdf', bytes: 1234 });
  });
  it('reports an original with no text beside it, and two originals for one source', () => {
    expect(read({ 'b.html': '<p>x</p>' }).problems.map((p) => formatProblem(p))).toEqual([
      'content/sources/b.html: is an original with no text b.txt or metadata b.yml beside it\n  fix: convert it with `npm run add -- content/sources/b.html` (move it out of this folder first), or delete it',
    ]);
    const two = read({ 'a.txt': 'x', 'a.yml': 'title: A\n', 'a.md': '# A', 'a.pdf': new Uint8Array(3) });
    expect(two.problems.map((p) => p.message)).toEqual(['duplicates the slug "a" of content/sources/a.md']);
  });
  it('reads lines a conversion removed, and refuses a rule it does not know', () => {
    const ok = read({
      'a.txt': 'x',
      'a.yml': 'title: A\nadded: 2026-01-02\nremoved:\n  - { rule: pdf-page-number, text: "3", page: 3 }\n',
    });
    expect(ok.sources[0]!.meta).toMatchObject({
      added: '2026-01-02',
      removed: [{ rule: 'pdf-page-number', text: '3', page: 3 }],
    });
    const bad = read({ 'a.txt': 'x', 'a.yml': 'title: A\nremoved:\n  - { rule: guesswork, text: "x" }\n' });
    expect(bad.problems[0]).toMatchObject({
      file: 'content/sources/a.yml',
      line: 3,
      where: 'field `removed.0.rule`',
    });
  });
  it('pairs text and metadata and normalises the text', () => {
    const r = read({
      'a-doc.txt': '\uFEFFHello\r\nWorld',
      'a-doc.yml': 'title: A document\npublished: 2006-12\n',
    });
    expect(r.problems).toEqual([]);
    expect(r.sources[0]).toMatchObject({
      slug: 'a-doc',
      text: 'Hello\nWorld',
      meta: { title: 'A document', published: '2006-12' },
    });
  });
  it('reports a missing title with the file and the fix', () => {
    const r = read({ 'a.txt': 'x', 'a.yml': 'publisher: Mint\n' });
    expect(formatProblem(r.problems[0]!)).toBe(
      'content/sources/a.yml: field `title`: is missing\n  fix: add `title: …`; it is required',
    );
  });
  it('reports an unknown key with its line', () => {
    const r = read({ 'a.txt': 'x', 'a.yml': 'title: T\nauthor: Someone\n' });
    expect(r.problems[0]).toMatchObject({
      file: 'content/sources/a.yml',
      line: 2,
      where: 'field `author`',
      message: 'is not a known field',
    });
    expect(r.problems[0]!.fix).toContain('authors');
  });
  it('reports a bad date with its line and the accepted forms', () => {
    const r = read({ 'a.txt': 'x', 'a.yml': 'title: T\npublished: 8th December 2006\n' });
    expect(r.problems[0]).toMatchObject({ line: 2, where: 'field `published`' });
    expect(r.problems[0]!.fix).toContain('YYYY-MM-DD');
    expect(read({ 'a.txt': 'x', 'a.yml': 'title: T\npublished: 2023-02-30\n' }).problems[0]!.message).toBe(
      'is not a real calendar date',
    );
  });
  it('reads the day a document was added, and names the field and the form when it is wrong', () => {
    expect(read({ 'a.txt': 'x', 'a.yml': 'title: T\nadded: 2026-11-22\n' }).sources[0]!.meta.added).toBe(
      '2026-11-22',
    );
    const [p] = read({ 'a.txt': 'x', 'a.yml': 'title: T\nadded: yesterday\n' }).problems;
    expect(formatProblem(p!)).toBe(
      'content/sources/a.yml: line 2: field `added`: must be an ISO date: YYYY, YYYY-MM or YYYY-MM-DD\n  fix: write the day the document was added to the site as YYYY-MM-DD (for example 2026-11-22), or leave the field out',
    );
  });
  it('reports YAML syntax errors with the line', () => {
    const r = read({ 'a.txt': 'x', 'a.yml': 'title: T\npublisher: [unclosed\n' });
    expect(r.problems[0]).toMatchObject({ file: 'content/sources/a.yml' });
    expect(r.problems[0]!.message).toMatch(/^is not valid YAML/);
    expect(r.problems[0]!.line).toBeGreaterThanOrEqual(2);
  });
  it('reports a text without metadata and metadata without text', () => {
    const r = read({ 'a.txt': 'x', 'b.yml': 'title: B\n' });
    expect(r.problems.map((p) => `${p.file}: ${p.message}`)).toEqual([
      'content/sources/a.txt: has no metadata file a.yml beside it',
      'content/sources/b.yml: has no text file b.txt beside it',
    ]);
  });
  it('reports empty files, invalid UTF-8 and names that cannot be addresses', () => {
    expect(read({ 'a.txt': ' \n\n ', 'a.yml': 'title: A\n' }).problems[0]!.message).toMatch(/is empty/);
    expect(read({ 'a.txt': new Uint8Array([0x41, 0xc3]), 'a.yml': 'title: A\n' }).problems[0]!.where).toBe(
      'byte 1',
    );
    expect(read({ 'Bad Name.txt': 'x', 'Bad Name.yml': 'title: A\n' }).problems[0]!.fix).toMatch(
      /lowercase words joined by hyphens/,
    );
  });
  it('accepts a bare year, which YAML reads as a number', () => {
    expect(read({ 'a.txt': 'x', 'a.yml': 'title: T\npublished: 2006\n' }).sources[0]!.meta.published).toBe(
      '2006',
    );
  });
  it('says a present field has the wrong type, not that it is missing', () => {
    const [p] = read({ 'a.txt': 'x', 'a.yml': 'title: T\nauthors: Someone\n' }).problems;
    expect(formatProblem(p!)).toBe(
      'content/sources/a.yml: line 2: field `authors`: Invalid input: expected array, received string\n  fix: give `authors` as a list, e.g. [First Author, Second Author]',
    );
  });
  it('explains a metadata file that is not a list of fields', () => {
    const [p] = read({ 'a.txt': 'x', 'a.yml': '- title\n' }).problems;
    expect(formatProblem(p!)).toBe(
      'content/sources/a.yml: line 1: must be a list of fields (`key: value` lines), not an array\n  fix: write the file as `key: value` lines, one per field (title, publisher, authors, published, url, kind, added, removed)',
    );
  });
  it('refuses names that would leave the folder or collide once lowercased', () => {
    const names = ['../x', '/etc/passwd', '..', 'a..b', 'Japan', 'caf\u00e9', 'cafe\u0301'];
    const r = read(
      Object.fromEntries(
        names.flatMap((n) => [
          [`${n}.txt`, 'x'],
          [`${n}.yml`, 'title: T\n'],
        ]),
      ),
    );
    expect(r.sources).toEqual([]);
    expect(r.problems).toHaveLength(names.length * 2);
    for (const p of r.problems)
      expect(formatProblem(p)).toMatch(
        /: has a name that cannot be a page address \(".*"\)\n {2}fix: rename the \.txt and \.yml files to lowercase words joined by hyphens/,
      );
  });
});
