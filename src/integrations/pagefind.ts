/**
 * Builds the Pagefind index inside `astro build`, from the finished HTML, so
 * the index can never be stale or forgotten. The dev server has no index; the
 * search page says so.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

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
        const fail = (step: string, errors: string[]) => {
          throw new Error(`Pagefind ${step} failed:\n${errors.join('\n')}`);
        };
        const { index, errors } = await createIndex({});
        if (!index || errors.length > 0) return fail('createIndex', errors);
        const added = await index.addDirectory({ path: root });
        if (added.errors.length > 0) fail('addDirectory', added.errors);
        const written = await index.writeFiles({ outputPath: join(root, 'pagefind') });
        if (written.errors.length > 0) fail('writeFiles', written.errors);
        await close();
        // The time is read by scripts/bench-scale.ts.
        logger.info(`indexed ${added.page_count} pages into ${join(root, 'pagefind')} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
      },
    },
  };
}
