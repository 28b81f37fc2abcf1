/**
 * `npm run check:browser`: the first step of `npm test`. Finds the Chromium the browser tests will use
 * (src/harness/chromium.ts), starts it and renders a line of HTML; where that cannot be done it prints one
 * line saying why and what to do and exits 1, before any build or test runs.
 */
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from '../src/harness/chromium.ts';

try {
  const executablePath = await chromiumPath();
  const browser = await chromium
    .launch({ executablePath, args: [...CHROMIUM_ARGS] })
    .catch((error: Error) => {
      throw new Error(
        `Chromium at ${executablePath} did not start (${error.message.split('\n')[0]}); set CHROMIUM_PATH to another Chromium`,
      );
    });
  const page = await browser.newPage();
  await page.setContent('<p>ok</p>');
  const text = await page.textContent('p');
  const version = browser.version();
  await browser.close();
  if (text !== 'ok') throw new Error(`Chromium at ${executablePath} started but rendered nothing`);
  console.log(`browser: Chromium ${version} (${executablePath})`);
} catch (error) {
  console.error(`browser tests cannot run: ${(error as Error).message}`);
  process.exit(1);
}
