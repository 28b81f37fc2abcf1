/**
 * Nothing lost, in the browser: every sentence of every source is visible on
 * its rendered page or listed in its "Removed as page furniture" box.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { rawSentences } from '../support/raw-sentences.ts';

const sourcesDir = join(import.meta.dirname, '../../content/sources');
const slugs = readdirSync(sourcesDir)
  .filter((n) => n.endsWith('.txt'))
  .map((n) => n.slice(0, -4));

for (const slug of slugs) {
  test(`every sentence of ${slug} is on its page or in its removed-lines box`, async ({ page }) => {
    await page.goto(`/sources/${slug}/`);
    const shown = (await page.locator('.document__body').textContent())!.replace(/\s+/g, ' ');
    const removedBox = page.locator('details.dropped');
    const removed =
      (await removedBox.count()) > 0 ? (await removedBox.textContent())!.replace(/\s+/g, ' ') : '';
    const sentences = rawSentences(readFileSync(join(sourcesDir, `${slug}.txt`), 'utf8'));
    expect(sentences.filter((s) => !shown.includes(s) && !removed.includes(s))).toEqual([]);
  });
}
