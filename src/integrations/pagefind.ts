/**
 * Builds the Pagefind index inside `astro build`, from the finished HTML, so
 * the index can never be stale or forgotten. The dev server has no index; the
 * search page says so.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { join, sep } from 'node:path';
import { readFile, readdir } from 'node:fs/promises';

/** Dashes outside ASCII (hyphen U+2010 to horizontal bar U+2015, minus sign) that join two words: “ISRO–JAXA”. */
const DASH_JOINED = /([\p{L}\p{N}])([\u2010-\u2015\u2212])(?=[\p{L}\p{N}])/gu;

/**
 * A page's HTML → the HTML Pagefind indexes: an ASCII hyphen after each dash
 * that joins two words (“ISRO–JAXA” → “ISRO–-JAXA”). Pagefind splits compound
 * words only at ASCII punctuation, so “ISRO–JAXA” was indexed as the one word
 * “isrojaxa” and a search for “JAXA” (or “Japan” in “India–Japan”) missed every
 * agreement title written that way. With the hyphen, Pagefind indexes the
 * joined word (a search for “DST-JST” still finds “DST–JST”) and its parts.
 * Only text between tags changes; the built pages are not touched, and the
 * search UI removes the hyphen from titles and excerpts
 * (src/client/search/pagefind-client.ts).
 */
export function hyphenateDashJoinedWords(html: string): string {
  return html.replace(/>([^<]+)</g, (_, text: string) => `>${text.replace(DASH_JOINED, '$1$2-')}<`);
}

export interface PagefindOptions {
  /**
   * Word locations per index chunk (Pagefind's default is 20 000). A first
   * search downloads every chunk its words fall in; at the default this site's
   * index was three chunks of ~25 KB gzip, so a three-word query cost 80 KB.
   * Pagefind reads this only from PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE; the
   * largest chunk is checked by scripts/check-dist.ts so a Pagefind that stops
   * honouring it is noticed. Figures in docs/search.md.
   */
  indexChunkSize: number;
}

export default function pagefind({ indexChunkSize }: PagefindOptions): AstroIntegration {
  return {
    name: 'partnerships-atlas:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const { createIndex, close } = await import('pagefind');
        // Read by the Pagefind binary, which the first call below starts as a child process.
        process.env['PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE'] = String(indexChunkSize);
        const root = fileURLToPath(dir);
        const pages = (await readdir(root, { recursive: true })).filter((f) => f.endsWith('.html')).sort();
        const fail = (step: string, errors: string[]) => {
          throw new Error(`Pagefind ${step} failed:\n${errors.join('\n')}`);
        };
        // Pagefind runs as a child process: close it whatever happens, or a failed build hangs on it.
        try {
          const { index, errors } = await createIndex({});
          if (!index || errors.length > 0) return fail('createIndex', errors);
          // One at a time and in path order: Pagefind numbers pages as they arrive, and the
          // index must be byte-identical from build to build (npm run check:reproducible).
          for (const f of pages) {
            const added = await index.addHTMLFile({
              sourcePath: f.split(sep).join('/'),
              content: hyphenateDashJoinedWords(await readFile(join(root, f), 'utf8')),
            });
            if (added.errors.length > 0) fail(`addHTMLFile ${f}`, added.errors);
          }
          const written = await index.writeFiles({ outputPath: join(root, 'pagefind') });
          if (written.errors.length > 0) fail('writeFiles', written.errors);
        } finally {
          await close();
        }
        // The time is read by scripts/bench-scale.ts.
        logger.info(
          `indexed ${pages.length} pages into ${join(root, 'pagefind')} in ${((performance.now() - started) / 1000).toFixed(1)} s`,
        );
      },
    },
  };
}
