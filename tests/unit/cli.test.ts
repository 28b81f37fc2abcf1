/**
 * The ingest CLI end to end on a temporary content folder: a bad source stops
 * it with the file, the field or line and the fix, a non-zero exit, and
 * nothing written.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runIngest } from '../../src/ingest/cli.ts';
import { formatProblem } from '../../src/ingest/errors.ts';

const root = new URL('../..', import.meta.url).pathname;
const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** A content folder with the real vocabularies, one good document, and the given extra source files. */
function contentWith(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-cli-'));
  dirs.push(dir);
  for (const f of ['partners.yml', 'sectors.yml', 'boilerplate.yml'])
    cpSync(join(root, 'content', f), join(dir, f));
  mkdirSync(join(dir, 'sources'));
  writeFileSync(join(dir, 'sources/good.txt'), 'India and Japan signed an agreement on quantum research.\n');
  writeFileSync(join(dir, 'sources/good.yml'), 'title: Good\n');
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, 'sources', name), text);
  // A previous run's output, which a failed run must leave exactly as it was.
  mkdirSync(join(dir, 'generated'));
  writeFileSync(join(dir, 'generated/previous.txt'), 'from an earlier run');
  return dir;
}

const problemsOf = (dir: string) => {
  const result = runIngest({ contentDir: dir, outDir: join(dir, 'generated') });
  expect(readdirSync(join(dir, 'generated'), { recursive: true })).toEqual(['previous.txt']);
  return result.ok
    ? []
    : result.problems.map(formatProblem).map((m) => m.replace(/^[^:]*\/sources\//, 'sources/'));
};

describe('runIngest stops on bad input before writing anything', () => {
  it('ingests a good folder', { timeout: 30_000 }, () => {
    const dir = contentWith({});
    const result = runIngest({ contentDir: dir, outDir: join(dir, 'generated') });
    expect(result.ok).toBe(true);
    expect(readdirSync(join(dir, 'generated/sources'))).toEqual(['good.mdx']);
  });

  it.each([
    [
      'missing title',
      { 'a.txt': 'x', 'a.yml': 'publisher: Mint\n' },
      'sources/a.yml: field `title`: is missing\n  fix: add `title: …`; it is required',
    ],
    [
      'bad date',
      { 'a.txt': 'x', 'a.yml': 'title: A\npublished: 2023-02-30\n' },
      'sources/a.yml: line 2: field `published`: is not a real calendar date\n  fix: write the date as YYYY, YYYY-MM or YYYY-MM-DD (for example 2006-12-08), or leave the field out if the text gives none',
    ],
    [
      'unknown key',
      { 'a.txt': 'x', 'a.yml': 'title: A\ndate: 2020\n' },
      'sources/a.yml: line 2: field `date`: is not a known field\n  fix: remove it, or use one of the known keys: title, publisher, authors, published, url, kind, added, removed',
    ],
    [
      'YAML syntax error',
      { 'a.txt': 'x', 'a.yml': 'title: A\nauthors: [unclosed\n' },
      /^sources\/a\.yml: line 3: is not valid YAML: .*\n {2}fix: check the quoting and indentation on that line/,
    ],
    [
      'text without metadata',
      { 'a.txt': 'x' },
      /^sources\/a\.txt: has no metadata file a\.yml beside it\n {2}fix: add .*sources\/a\.yml with at least `title: …`$/,
    ],
    [
      'metadata without text',
      { 'a.yml': 'title: A\n' },
      /^sources\/a\.yml: has no text file a\.txt beside it\n {2}fix: add .*sources\/a\.txt with the document's text, or delete the \.yml$/,
    ],
    [
      'duplicate slug',
      { 'good.yaml': 'title: Again\n' },
      /^sources\/good\.yml: duplicates the slug "good" of .*sources\/good\.yaml\n {2}fix: keep one metadata file per document: use \.yml, not both \.yml and \.yaml$/,
    ],
    [
      'a slug differing only by case',
      { 'Good.txt': 'x' },
      'sources/Good.txt: has a name that cannot be a page address ("Good")\n  fix: rename the .txt and .yml files to lowercase words joined by hyphens, e.g. india-japan-space.txt',
    ],
    [
      'a slug with dots',
      { 'a..b.txt': 'x' },
      'sources/a..b.txt: has a name that cannot be a page address ("a..b")\n  fix: rename the .txt and .yml files to lowercase words joined by hyphens, e.g. india-japan-space.txt',
    ],
  ])('%s: one message naming the file, the field or line, and the fix', (_, files, expected) => {
    const problems = problemsOf(contentWith(files));
    expect(problems).toHaveLength(1);
    if (typeof expected === 'string') expect(problems[0]).toBe(expected);
    else expect(problems[0]).toMatch(expected);
  });

  it('a folder inside sources is reported, not read', { timeout: 30_000 }, () => {
    const dir = contentWith({});
    mkdirSync(join(dir, 'sources/drafts'));
    expect(problemsOf(dir)).toEqual([
      expect.stringMatching(
        /sources\/drafts: is not a file\n {2}fix: keep each document as <slug>\.txt and <slug>\.yml directly in the sources folder/,
      ),
    ]);
  });
});

describe('node src/ingest/cli.ts', () => {
  it('exits 1, prints the problem on stderr and leaves content/generated alone', { timeout: 60_000 }, () => {
    const dir = contentWith({ 'bad.txt': 'x', 'bad.yml': 'title: Bad\npublished: yesterday\n' });
    const projectGenerated = join(root, 'content/generated/partners.json');
    const before = (() => {
      try {
        return readFileSync(projectGenerated, 'utf8');
      } catch {
        return undefined;
      }
    })();
    const run = spawnSync(process.execPath, ['src/ingest/cli.ts', '--content', dir], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('ingest: stopped; nothing was written. 1 problem(s):');
    expect(run.stderr).toMatch(
      /sources\/bad\.yml: line 2: field `published`: must be an ISO date: YYYY, YYYY-MM or YYYY-MM-DD\n {2}fix: write the date as YYYY, YYYY-MM or YYYY-MM-DD/,
    );
    expect(readdirSync(join(dir, 'generated'))).toEqual(['previous.txt']);
    expect(
      (() => {
        try {
          return readFileSync(projectGenerated, 'utf8');
        } catch {
          return undefined;
        }
      })(),
    ).toBe(before);
  });
});

describe('re-running the ingest', () => {
  it(
    'does no work when nothing changed, and re-ingests only the document that did',
    { timeout: 60_000 },
    () => {
      const dir = contentWith({
        'other.txt': 'Germany and India agreed to cooperate on hydrogen.\n',
        'other.yml': 'title: Other\n',
      });
      const run = () => {
        const r = runIngest({ contentDir: dir, outDir: join(dir, 'generated') });
        if (!r.ok) throw new Error(r.problems.map(formatProblem).join('\n'));
        return {
          reingested: r.output.reingested,
          written: r.written,
          agreementsReused: r.output.agreementsCache.reused,
        };
      };
      expect(run()).toMatchObject({ reingested: ['good', 'other'], agreementsReused: false });
      expect(run()).toEqual({ reingested: [], written: 0, agreementsReused: true });
      writeFileSync(
        join(dir, 'sources/other.txt'),
        'Germany and India agreed to cooperate on green hydrogen.\n',
      );
      const third = run();
      expect(third).toMatchObject({ reingested: ['other'], agreementsReused: false });
      // The editor's overrides change the agreements alone.
      writeFileSync(join(dir, 'agreements.yml'), 'overrides: []\n');
      expect(run()).toMatchObject({ reingested: [], agreementsReused: false });
      expect(run()).toMatchObject({ reingested: [], agreementsReused: true });
      expect(readFileSync(join(dir, 'generated/sources/other.mdx'), 'utf8')).toContain('green hydrogen');
      // A change to the editors' vocabularies can change every document, so every document is made again.
      writeFileSync(
        join(dir, 'sectors.yml'),
        `${readFileSync(join(dir, 'sectors.yml'), 'utf8')}\n# edited\n`,
      );
      expect(run().reingested).toEqual([]);
      writeFileSync(
        join(dir, 'boilerplate.yml'),
        readFileSync(join(dir, 'boilerplate.yml'), 'utf8').replace(
          'rules:',
          'rules:\n  - { id: test-rule, why: A test., line: Nothing matches this }',
        ),
      );
      expect(run().reingested).toEqual(['good', 'other']);
    },
  );
});

describe("an edited source that an editor's override still quotes", () => {
  /** The real content folder (sources, vocabularies and content/agreements.yml), copied so it can be edited. */
  function realContent(): string {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-edit-'));
    dirs.push(dir);
    cpSync(join(root, 'content'), dir, { recursive: true, filter: (src) => !src.includes('/generated') });
    mkdirSync(join(dir, 'generated'));
    writeFileSync(join(dir, 'generated/previous.txt'), 'from an earlier run');
    return dir;
  }

  it(
    "stops the CLI with one message naming the override's line and the edited source file",
    { timeout: 120_000 },
    () => {
      const dir = realContent();
      const quote =
        'In this context, the Ministry of External Affairs said the agreement promotes cooperation';
      const source = join(dir, 'sources/aim-india-bilateral-tech-collaborations.txt');
      const text = readFileSync(source, 'utf8');
      expect(text).toContain(quote);
      // An editor corrects the source's wording; content/agreements.yml still quotes the old sentence.
      writeFileSync(source, text.replace(quote, quote.replace('promotes', 'furthers')));
      const overrideLine =
        readFileSync(join(dir, 'agreements.yml'), 'utf8')
          .split('\n')
          .findIndex((l) => l.includes(quote)) + 1;
      expect(overrideLine).toBeGreaterThan(0);

      const run = spawnSync(process.execPath, ['src/ingest/cli.ts', '--content', dir], {
        cwd: root,
        encoding: 'utf8',
      });
      expect(run.status).toBe(1);
      expect(run.stderr).toContain('ingest: stopped; nothing was written. 1 problem(s):');
      expect(run.stderr).toMatch(
        new RegExp(
          `agreements\\.yml: line ${overrideLine}: overrides\\[\\d+\\]\\.sources\\[0\\]\\.quote: quote is not verbatim in \\S*sources/aim-india-bilateral-tech-collaborations\\.txt: "In this context`,
        ),
      );
      expect(run.stderr).toContain('fix: copy the sentence exactly as the source writes it');
      expect(readdirSync(join(dir, 'generated'))).toEqual(['previous.txt']);
    },
  );

  it(
    'names the override whose record the edit removed, and says the edit may be why',
    { timeout: 120_000 },
    () => {
      const dir = realContent();
      const source = join(dir, 'sources/india-japan-st-cooperation.txt');
      const text = readFileSync(source, 'utf8');
      const sentence =
        'MoU between DAE and KEK: A memorandum of understanding was signed, in Feb 2012, between the Department of Atomic Energy (DAE) and KEK to establish collaborative activities';
      expect(text).toContain(sentence);
      writeFileSync(
        source,
        text.replace(
          sentence,
          'DAE and KEK: officials of both met in Feb 2012 to discuss collaborative activities',
        ),
      );

      const result = runIngest({ contentDir: dir, outDir: join(dir, 'generated') });
      expect(result.ok).toBe(false);
      const messages = result.ok ? [] : result.problems.map(formatProblem);
      expect(messages).toContainEqual(
        expect.stringMatching(
          /agreements\.yml: line \d+: overrides\[\d+\]\.rename: names record "dae-kek-mou-2012", which does not exist\n {2}fix: .*if a source was edited, the sentence this record came from may have changed/,
        ),
      );
      expect(readdirSync(join(dir, 'generated'))).toEqual(['previous.txt']);
    },
  );
});
