/**
 * `npm run add -- <file> [--slug <slug>]`: converts a PDF, web page, Markdown or text file into
 * `content/sources/<slug>.txt` and `.yml`, keeps the original beside them, ingests, and prints what the
 * document gave. Thin on purpose: the work is in src/add/ (planAdd) and src/ingest/ (runIngest). On any
 * problem it prints one line naming the file and what to do, and leaves the sources folder as it was.
 * `--content DIR` adds to another content folder (tests use it).
 */
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { checkRequest, planAdd, type AddPlan } from '../src/add/add-document.ts';
import { runIngest } from '../src/ingest/cli.ts';
import { formatProblem, formatProblemLine, type IngestProblem } from '../src/ingest/errors.ts';
import type { IngestOutput } from '../src/ingest/pipeline.ts';
import { countNoun } from '../src/utils/count.ts';

interface Args {
  file?: string;
  slug?: string;
  content: string;
}

function parseArgs(argv: readonly string[], cwd: string): Args {
  const args: Args = { content: join(cwd, 'content') };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--slug') args.slug = argv[++i] ?? '';
    else if (a === '--content') args.content = resolve(cwd, argv[++i] ?? '');
    else args.file ??= a;
  }
  return args;
}

/** Today in the editor's own calendar, YYYY-MM-DD: the one place the clock is read. */
function localDate(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** "1–3, 5" from [1, 2, 3, 5]. */
function pageRanges(pages: readonly number[]): string {
  const out: string[] = [];
  for (let i = 0; i < pages.length; i++) {
    let j = i;
    while (j + 1 < pages.length && pages[j + 1] === pages[j]! + 1) j++;
    out.push(j === i ? String(pages[i]) : `${pages[i]}–${pages[j]}`);
    i = j;
  }
  return out.join(', ');
}

const quote = (s: string, max = 90) => `“${s.length > max ? `${s.slice(0, max - 1)}…` : s}”`;

function report(plan: AddPlan, output: IngestOutput, sourcesDir: string): string[] {
  const doc = output.documents.find((d) => d.slug === plan.slug)!;
  const names = new Map(output.partners.map((p) => [p.id, p.name]));
  const { removed, unread } = plan.conversion;
  // Removed lines that differ only in their digits ("Page 1 of 9" … "Page 9 of 9") are one row.
  const groups = new Map<string, typeof removed>();
  for (const r of removed) {
    const key = `${r.rule}\0${r.text.replace(/\d+/g, '#')}`;
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  const records = output.agreements.filter((a) => a.sources.some((s) => s.source === plan.slug));
  return [
    `add: ${plan.format} → ${plan.files.map((f) => `${sourcesDir}/${f.name}`).join(', ')}`,
    `  text: ${doc.blocks.length} paragraphs, ${doc.blocks.reduce((n, b) => n + b.sentences.length, 0)} sentences`,
    `metadata (${sourcesDir}/${plan.slug}.yml):`,
    ...plan.notes.map((n) => `  ${n}`),
    `removed from the original: ${removed.length} line(s)${removed.length > 0 ? ` (the removed: list in ${plan.slug}.yml, shown at the foot of /sources/${plan.slug}/)` : ''}`,
    ...[...groups.values()].map((g) => {
      const pages = g.flatMap((r) => (r.page === undefined ? [] : [r.page]));
      const text =
        g.length === 1 || g.every((r) => r.text === g[0]!.text)
          ? quote(g[0]!.text)
          : `${quote(g[0]!.text, 40)} … ${quote(g.at(-1)!.text, 40)}`;
      return `  ${g[0]!.rule.padEnd(20)} ${String(g.length).padStart(3)} × ${text}${pages.length > 0 ? ` (${countNoun(pages.length, 'page').replace(/^\d+ /, '')} ${pageRanges(pages)})` : ''}`;
    }),
    `could not read: ${unread.length === 0 ? 'nothing' : ''}`,
    ...unread.map((u) => `  ${u}`),
    `partners: ${doc.partners.length === 0 ? 'none named (listed under Sources only)' : doc.partners.map((p) => `${names.get(p) ?? p} (${countNoun(doc.blocks.filter((b) => b.kind === 'paragraph' && b.partners.includes(p)).length, 'passage')})`).join(', ')}`,
    `agreement records citing it: ${records.length}`,
    ...records.map((r) => `  ${r.type.padEnd(24)} ${(r.date ?? 'undated').padEnd(10)} ${r.name}`),
    `page: /sources/${plan.slug}/ (npm start to see it)`,
  ];
}

async function main(): Promise<number> {
  const cwd = process.cwd();
  const args = parseArgs(process.argv.slice(2), cwd);
  const fail = (problem: IngestProblem) => {
    console.error(`add: nothing was written. ${formatProblemLine(problem)}`);
    return 1;
  };
  if (!args.file)
    return fail({
      file: '(no file)',
      message: 'no document given',
      fix: 'run npm run add -- <file.pdf|.html|.md|.txt> [--slug <slug>]',
    });
  const file = resolve(cwd, args.file);
  if (!existsSync(file) || !statSync(file).isFile())
    return fail({
      file: args.file,
      message: 'does not exist or is not a file',
      fix: 'check the path (quote it if it has spaces)',
    });
  const sourcesDir = join(args.content, 'sources');
  const shownDir = relative(cwd, sourcesDir) || sourcesDir;
  const existing = existsSync(sourcesDir) ? readdirSync(sourcesDir) : [];
  const request = {
    file: args.file,
    size: statSync(file).size,
    ...(args.slug !== undefined ? { slug: args.slug } : {}),
    existing,
    sourcesDir: shownDir,
  };
  const checked = checkRequest(request);
  if (!checked.ok) return fail(checked.problem);
  const planned = await planAdd(request, readFileSync(file), checked.slug, localDate(new Date()));
  if (!planned.ok) return fail(planned.problem);
  const { plan } = planned;

  const written: string[] = [];
  for (const f of plan.files) {
    const path = join(sourcesDir, f.name);
    // `wx`: never overwrite, even if a file of that name appeared since the folder was read.
    writeFileSync(path, f.content, { flag: 'wx' });
    written.push(path);
  }
  const result = runIngest({ contentDir: args.content, outDir: join(args.content, 'generated') });
  if (!result.ok) {
    for (const path of written) rmSync(path);
    console.error(`add: the ingest stopped, so ${args.file} was not added and nothing was written:\n`);
    console.error(result.problems.map((p) => formatProblem(p)).join('\n\n'));
    return 1;
  }
  console.log(report(plan, result.output, shownDir).join('\n'));
  return 0;
}

process.exitCode = await main();
