/**
 * `npm run make:icons`: draws the home-screen icons in public/icons/ from
 * public/favicon.svg in Chromium (src/harness/chromium.ts), so the icons are the
 * favicon and never drift from it. Run it after changing the favicon and commit
 * the PNGs. "any" icons keep the favicon's rounded corners; the maskable and iOS
 * icons fill the square (the phone cuts its own shape; the globe sits inside the
 * central 80 % every mask keeps).
 */
import { chromium } from '@playwright/test';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_ARGS, chromiumPath } from '../src/harness/chromium.ts';

const publicDir = fileURLToPath(new URL('../public/', import.meta.url));
const favicon = readFileSync(join(publicDir, 'favicon.svg'), 'utf8');
const square = favicon.replace(/<rect([^>]*?) rx="[^"]*"/, '<rect$1');
if (square === favicon)
  throw new Error('public/favicon.svg: expected a <rect … rx="…"> background to square off');

const icons = [
  { file: 'icon-192.png', size: 192, svg: favicon },
  { file: 'icon-512.png', size: 512, svg: favicon },
  { file: 'maskable-512.png', size: 512, svg: square },
  { file: 'apple-touch-icon.png', size: 180, svg: square },
];

const browser = await chromium.launch({ executablePath: await chromiumPath(), args: [...CHROMIUM_ARGS] });
const page = await browser.newPage();
mkdirSync(join(publicDir, 'icons'), { recursive: true });
for (const { file, size, svg } of icons) {
  await page.setViewportSize({ width: size, height: size });
  const sized = svg.replace('<svg ', `<svg width="${size}" height="${size}" `);
  await page.setContent(`<style>*{margin:0}svg{display:block}</style>${sized}`);
  await page.screenshot({ path: join(publicDir, 'icons', file), omitBackground: true });
  console.log(`public/icons/${file}: ${size} × ${size}`);
}
await browser.close();
