/**
 * `npm run add` end to end on a temporary content folder: a PDF becomes a source (text, metadata with
 * today's date, the original beside them), is ingested, and the command says what it gave; bad input
 * gets one line naming the file and what to do, and leaves the folder as it was.
 */
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkRequest, planAdd } from '../../src/add/add-document.ts';
import { formatBytes } from '../../src/utils/originals.ts';
import { typesetPdf } from '../support/typeset-pdf.ts';

const root = new URL('../..', import.meta.url).pathname;
let dir: string;
let pdfFile: string;

const TEXT =
  'India and Japan signed a memorandum of cooperation on quantum research in 2024. The Department of Science and Technology and the Japan Science and Technology Agency will fund joint laboratories.';

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'atlas-add-'));
  for (const f of ['partners.yml', 'sectors.yml', 'boilerplate.yml'])
    cpSync(join(root, 'content', f), join(dir, 'content', f));
  mkdirSync(join(dir, 'content/sources'), { recursive: true });
  writeFileSync(
    join(dir, 'content/sources/good.txt'),
    'India and Finland work together on quantum computing.\n',
  );
  writeFileSync(join(dir, 'content/sources/good.yml'), 'title: Good\n');
  const pdf = await typesetPdf(
    [
      { kind: 'title', text: 'Quantum Cooperation Brief' },
      ...Array.from({ length: 40 }, () => ({ kind: 'paragraph' as const, text: TEXT })),
    ],
    {
      header: 'Quantum Cooperation Brief · 2024',
      footer: (p, n) => `Page ${p} of ${n}`,
      info: {
        Title: 'Quantum Cooperation Brief',
        Author: 'Ada Author',
        CreationDate: new Date('2024-06-03T09:00:00Z'),
      },
    },
  );
  pdfFile = join(dir, 'Quantum Brief (final).pdf');
  writeFileSync(pdfFile, pdf);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const add = (...args: string[]) =>
  spawnSync(process.execPath, [join(root, 'scripts/add.ts'), ...args, '--content', join(dir, 'content')], {
    cwd: dir,
    encoding: 'utf8',
  });
const sources = () => readdirSync(join(dir, 'content/sources')).sort();

describe('npm run add', () => {
  it(
    'turns a PDF into a source, keeps the original, ingests it and says what it gave',
    { timeout: 60_000 },
    () => {
      const run = add(pdfFile);
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
      expect(sources()).toEqual([
        'good.txt',
        'good.yml',
        'quantum-brief-final.pdf',
        'quantum-brief-final.txt',
        'quantum-brief-final.yml',
      ]);
      const text = readFileSync(join(dir, 'content/sources/quantum-brief-final.txt'), 'utf8');
      expect(text.split('\n\n')).toEqual(
        ['Quantum Cooperation Brief', ...Array<string>(40).fill(TEXT)].map((t, i, a) =>
          i === a.length - 1 ? `${t}\n` : t,
        ),
      );
      const meta = parse(
        readFileSync(join(dir, 'content/sources/quantum-brief-final.yml'), 'utf8'),
      ) as Record<string, unknown>;
      expect(meta).toMatchObject({
        title: 'Quantum Cooperation Brief',
        authors: ['Ada Author'],
        published: '2024-06-03',
      });
      expect(meta['added']).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(meta['removed']).toContainEqual({
        rule: 'pdf-running-header',
        text: 'Quantum Cooperation Brief · 2024',
        page: 1,
      });
      expect(readFileSync(join(dir, 'content/sources/quantum-brief-final.pdf'))).toEqual(
        readFileSync(pdfFile),
      );
      expect(readFileSync(join(dir, 'content/generated/originals/quantum-brief-final.pdf'))).toEqual(
        readFileSync(pdfFile),
      );
      expect(run.stdout).toMatch(/title: “Quantum Cooperation Brief” \(from the PDF’s XMP dc:title\)/);
      expect(run.stdout).toMatch(/no publisher found: add `publisher:` if you know it/);
      expect(run.stdout).toMatch(
        /pdf-running-header +\d+ × “Quantum Cooperation Brief · 2024” \(pages 1–\d+\)/,
      );
      expect(run.stdout).toMatch(/pdf-page-number +\d+ × “Page 1 of \d+” … “Page \d+ of \d+”/);
      expect(run.stdout).toMatch(/partners: Japan \(40 passages\)/);
      expect(run.stdout).toMatch(/agreement records citing it: \d+/);
    },
  );

  it.each([
    [
      'a format it does not read',
      () => writeAndReturn('brief.docx', 'x'),
      [],
      /brief\.docx: is not a format `npm run add` reads — give a \.pdf, \.html, \.htm, \.md, \.txt file/,
    ],
    [
      'a slug already taken',
      () => pdfFile,
      [],
      /would be added as "quantum-brief-final", which .* already has — choose another slug, e.g\. --slug quantum-brief-final-2/,
    ],
    ['a bad slug', () => pdfFile, ['--slug', 'Not A Slug'], /cannot be added as "Not A Slug"/],
    [
      'a file over 50 MB',
      () => sparse('huge.pdf', 51 * 1024 * 1024),
      [],
      /huge\.pdf: is 51\.0 MB, over the 50 MB limit/,
    ],
    [
      'an encrypted PDF',
      () => encrypted,
      [],
      /locked\.pdf: is encrypted: it opens only with a password — open it with its password and save an unprotected copy/,
    ],
    [
      'a page with no article',
      () => join(root, 'tests/fixtures/add/no-article/page.html'),
      [],
      /page\.html: has no article body/,
    ],
    [
      'a file that does not exist',
      () => join(dir, 'missing.pdf'),
      [],
      /missing\.pdf: does not exist or is not a file/,
    ],
  ])('refuses %s in one line and writes nothing', { timeout: 60_000 }, (_, file, extra, message) => {
    const before = sources();
    const run = add(file(), ...extra);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(message);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/^add: nothing was written\./);
    expect(sources()).toEqual(before);
  });
});

let encrypted = '';
beforeAll(async () => {
  encrypted = join(dir, 'locked.pdf');
  writeFileSync(
    encrypted,
    await typesetPdf([{ kind: 'paragraph', text: 'Secret.' }], { userPassword: 'pw' }),
  );
});
function writeAndReturn(name: string, content: string): string {
  writeFileSync(join(dir, name), content);
  return join(dir, name);
}
function sparse(name: string, size: number): string {
  writeFileSync(join(dir, name), '');
  truncateSync(join(dir, name), size);
  return join(dir, name);
}

describe('planAdd takes its clock as an argument', () => {
  it('writes the day it is given as added:', async () => {
    const bytes = new TextEncoder().encode('A title\nIndia and Japan signed an agreement.\n');
    const req = { file: 'note.txt', size: bytes.length, existing: [], sourcesDir: 'content/sources' };
    const checked = checkRequest(req);
    expect(checked).toEqual({ ok: true, slug: 'note' });
    const planned = await planAdd(req, bytes, 'note', '2031-02-03');
    expect(planned.ok && planned.plan.meta).toEqual({ title: 'A title', added: '2031-02-03' });
    expect(planned.ok && planned.plan.files.map((f) => f.name)).toEqual(['note.txt', 'note.yml']);
  });
});

describe('formatBytes', () => {
  it.each([
    [830, '830 bytes'],
    [8_460, '8.5 kB'],
    [48_000, '48 kB'],
    [1_234_567, '1.2 MB'],
    [52_000_000, '52 MB'],
  ])('%d → %s', (n, text) => expect(formatBytes(n)).toBe(text));
});
