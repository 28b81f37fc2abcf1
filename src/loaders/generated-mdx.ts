/**
 * A content loader for the ingest's generated MDX that renders each file to
 * HTML while the content layer syncs, the way Astro's own glob loader treats
 * Markdown, instead of leaving it to the bundler.
 *
 * Why: Astro's glob loader defers every MDX entry to the server bundle, one
 * module each. At 10,000 documents that was 41,000 modules, and bundling them
 * cost 2.0× per document against 1,000 documents and 17 GB of memory
 * (docs/benchmarks.md). Rendered here, an entry is a string in the data store:
 * its cost is constant per file, it is skipped when its digest is unchanged,
 * and the bundle does not grow with the collection.
 *
 * The generated MDX has no imports or components of its own (src/ingest/mdx.ts
 * writes every piece of source text as a JSON string literal), so rendering it
 * with an HTML-building JSX runtime gives the same markup Astro's MDX did.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { glob, readFile } from 'node:fs/promises';
import { relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compile, run } from '@mdx-js/mdx';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import * as hastRuntime from 'hastscript/jsx-runtime';
import { toHtml } from 'hast-util-to-html';
import remarkGfm from 'remark-gfm';
import type { Loader, LoaderContext } from 'astro/loaders';
import type { Root } from 'hast';

/** One generated MDX file as frontmatter data and its body's HTML. */
export interface RenderedMdx {
  data: Record<string, unknown>;
  html: string;
}

/**
 * MDX text to frontmatter and HTML. The body is compiled by MDX itself and run
 * with hastscript's JSX runtime, which builds an HTML tree; hast-util-to-html
 * escapes every text node when it serialises that tree.
 */
export async function renderMdxToHtml(text: string, file: string): Promise<RenderedMdx> {
  const { frontmatter, content } = parseFrontmatter(text, { frontmatter: 'empty-with-spaces' });
  // compile + run rather than evaluate: hastscript's Fragment is null, which evaluate's option check refuses.
  const code = await compile(
    { value: content, path: file },
    { outputFormat: 'function-body', remarkPlugins: [remarkGfm] },
  );
  const { default: Content } = await run(code, { ...hastRuntime, baseUrl: import.meta.url } as never);
  const tree = (Content as unknown as (props: object) => Root)({});
  return { data: frontmatter, html: toHtml(tree, { characterReferences: { useNamedReferences: true } }) };
}

/** The id Astro's glob loader gives a file: its path below the base, without the extension. */
export function entryIdFromPath(path: string): string {
  return path
    .split(sep)
    .join('/')
    .replace(/\.mdx$/, '');
}

/**
 * Loads `pattern` below `base` (relative to the project root), one entry per
 * file, rendered at sync. Unchanged files (same digest) keep their stored entry.
 */
export function generatedMdx({ base, pattern }: { base: string; pattern: string }): Loader {
  return {
    name: 'partnerships-atlas:generated-mdx',
    load: async (context: LoaderContext) => {
      const root = fileURLToPath(context.config.root);
      const dir = resolve(root, base);
      const files = (await Array.fromAsync(glob(pattern, { cwd: dir }))).sort();
      // Entries rendered by other code (this file, or a locked dependency changed) are not trusted.
      const renderer = rendererVersion(root);
      if (context.meta.get('renderer') !== renderer) context.store.clear();
      context.meta.set('renderer', renderer);
      const seen = new Set<string>();
      for (const file of files) seen.add(await syncFile(context, root, dir, file));
      for (const id of context.store.keys()) if (!seen.has(id)) context.store.delete(id);

      // `npm run dev`: a re-run of the ingest rewrites files; keep the store in step.
      context.watcher?.add(dir);
      const inBase = (path: string) => path.startsWith(dir + sep) && path.endsWith('.mdx');
      // A file that does not render is reported, not thrown: the dev server keeps serving the rest.
      const onChange = (path: string) => {
        if (inBase(path))
          syncFile(context, root, dir, relative(dir, path)).catch((error: Error) =>
            context.logger.error(error.message),
          );
      };
      context.watcher?.on('add', onChange);
      context.watcher?.on('change', onChange);
      context.watcher?.on('unlink', (path) => {
        if (inBase(path)) context.store.delete(entryIdFromPath(relative(dir, path)));
      });
    },
  };
}

/** A hash of this renderer's code and the locked dependency versions it renders with. */
function rendererVersion(root: string): string {
  const hash = createHash('sha256').update(readFileSync(fileURLToPath(import.meta.url)));
  const lock = resolve(root, 'package-lock.json');
  if (existsSync(lock)) hash.update(readFileSync(lock));
  return hash.digest('hex');
}

async function syncFile(context: LoaderContext, root: string, dir: string, file: string): Promise<string> {
  const id = entryIdFromPath(file);
  const path = resolve(dir, file);
  const text = await readFile(path, 'utf8');
  const digest = context.generateDigest(text);
  if (context.store.get(id)?.digest === digest) return id;
  const filePath = relative(root, path).split(sep).join('/');
  const { data, html } = await renderMdxToHtml(text, path).catch((error: unknown) => {
    throw new Error(
      `${filePath}${lineOf(error)}: this generated MDX file does not render (${reasonOf(error)}). It is written by \`npm run ingest\`: run the ingest again; if the error stays, the ingest wrote invalid MDX, which is a bug to report with this file.`,
      { cause: error },
    );
  });
  context.store.set({
    id,
    data: await context.parseData({ id, data, filePath }),
    filePath,
    digest,
    rendered: { html },
  });
  return id;
}

/** Where an MDX (VFileMessage) or YAML (YAMLException) error points, as ", line N"; frontmatter keeps its lines. */
function lineOf(error: unknown): string {
  const e = error as { line?: unknown; mark?: { line?: unknown } };
  if (typeof e.line === 'number') return `, line ${e.line}`;
  if (typeof e.mark?.line === 'number') return `, line ${e.mark.line + 1}`;
  return '';
}

function reasonOf(error: unknown): string {
  const e = error as { reason?: unknown; message?: unknown };
  return String(typeof e.reason === 'string' ? e.reason : (e.message ?? error));
}
