/**
 * Builds the Pagefind index inside `astro build`, from the finished HTML, so
 * the index can never be stale or forgotten. The dev server has no index; the
 * search page says so.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

export default function pagefind(): AstroIntegration {
  return {
    name: 'partnerships-atlas:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const { createIndex, close } = await import('pagefind');
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
