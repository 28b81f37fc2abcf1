/**
 * Gives the link-preview endpoint (src/pages/og/[...card].png.ts) what it cannot know from inside the bundle:
 * where to keep rendered images between builds (a folder of Astro's cacheDir, so each build with its own cache,
 * like the two of npm run check:reproducible, renders from scratch) and a version of the code that draws them.
 */
import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The code that decides how a card looks (what it says is part of each card's digest), and the lockfile. */
const DRAWING_CODE = [
  'src/link-previews',
  'src/utils/emblem.ts',
  'src/utils/site-mark.ts',
  'package-lock.json',
];

/** A digest of the drawing code and the locked dependency versions (satori, resvg, the fonts). */
export function drawingVersion(root: string, paths: readonly string[] = DRAWING_CODE): string {
  const hash = createHash('sha256');
  const add = (path: string) => {
    const full = join(root, path);
    if (statSync(full).isDirectory()) {
      for (const name of readdirSync(full).sort()) add(join(path, name));
    } else {
      hash.update(path).update(readFileSync(full));
    }
  };
  for (const path of paths) add(path);
  return hash.digest('hex');
}

export interface LinkPreviewSettings {
  cacheDir: string;
  version: string;
}

export default function linkPreviews(): AstroIntegration {
  return {
    name: 'partnerships-atlas:link-previews',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        const settings: LinkPreviewSettings = {
          cacheDir: fileURLToPath(new URL('link-previews/', config.cacheDir)),
          version: drawingVersion(fileURLToPath(config.root)),
        };
        updateConfig({ vite: { define: { __LINK_PREVIEWS__: JSON.stringify(settings) } } });
      },
    },
  };
}
