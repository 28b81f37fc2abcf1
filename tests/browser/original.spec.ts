/**
 * A document added with `npm run add` (a PDF, in the fixture site: scripts/build-fixture-site.ts): its
 * page shows the text, links the original with its size, serves it byte for byte, and lists the running
 * heads and page numbers the conversion removed at its foot.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { formatBytes } from '../../src/utils/originals.ts';
import { fixtureURL } from '../support/sites.ts';

const original = join(import.meta.dirname, '../../.fixture/content/sources/india-finland-quantum-report.pdf');

test('an added PDF: its page links the original with its size, and lists what the conversion removed', async ({
  page,
  request,
}) => {
  await page.goto(fixtureURL('/sources/india-finland-quantum-report/'));
  await expect(page.locator('h1')).toHaveText('India–Finland Quantum Report');
  await expect(page.locator('.document__body')).toContainText(
    'India and Finland agreed to expand the Finland India Quantum Network, part 6 of the report says.',
  );
  const bytes = readFileSync(original);
  const link = page.locator('.document__original a');
  await expect(link).toHaveAttribute(
    'href',
    '/sources/india-finland-quantum-report/india-finland-quantum-report.pdf',
  );
  await expect(page.locator('.document__original')).toContainText(`(PDF, ${formatBytes(bytes.length)})`);
  const served = await request.get(fixtureURL((await link.getAttribute('href'))!));
  expect(served.status()).toBe(200);
  expect(Buffer.compare(await served.body(), bytes)).toBe(0);

  const removed = page.locator('details.dropped');
  await removed.locator('summary').click();
  await expect(removed).toContainText('pdf-running-header India–Finland Quantum Report · 2025');
  await expect(removed).toContainText('pdf-page-number Page 1 of');
  await expect(page.locator('.document__body')).not.toContainText('Page 1 of');
  // The real site has no converted source yet, so the page type's axe check (a11y.spec.ts) cannot see this line.
  const axe = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  expect(axe.violations).toEqual([]);
});
