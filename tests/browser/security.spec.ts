/**
 * The Content-Security-Policy in practice: every page type loads, and search
 * runs, with no policy violation; links that leave the site carry
 * rel="noopener noreferrer"; no javascript: or data: address is a link.
 */
import { expect, test, type Page } from '@playwright/test';
import { builtPaths, pageTypes } from '../../src/harness/page-types.ts';
import { fixtureURL } from '../support/sites.ts';

/** Collects CSP violations (and the console's "Refused to …" reports) from the page's first byte on. */
async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
  const console: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) console.push(m.text());
  });
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __csp: string[] }).__csp = seen;
    document.addEventListener('securitypolicyviolation', (e) =>
      seen.push(
        `${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`,
      ),
    );
  });
  return async () => [
    ...console,
    ...(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)),
  ];
}

test('every page has a Content-Security-Policy that allows only this site, hashed scripts and Pagefind', async ({
  page,
}) => {
  await page.goto('/');
  const csp = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
  expect(csp).toMatch(/default-src 'self'/);
  expect(csp).toMatch(/object-src 'none'/);
  expect(csp).toMatch(/script-src 'self' 'wasm-unsafe-eval' 'sha256-[A-Za-z0-9+/=]+'/);
  expect(csp).not.toMatch(/'unsafe-inline'|'unsafe-eval'|\*/);
  // Every inline script is allowed by a hash in the policy; none runs on trust.
  const inline = await page
    .locator('script:not([src])')
    .evaluateAll((els) => els.map((e) => e.textContent ?? ''));
  for (const code of inline) {
    const digest = await page.evaluate(
      async (c) =>
        btoa(
          String.fromCharCode(
            ...new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(c))),
          ),
        ),
      code,
    );
    expect(csp).toContain(`'sha256-${digest}'`);
  }
});

for (const type of pageTypes()) {
  test(`${type.route}: no page of this type reports a CSP violation`, async ({ page }) => {
    const violations = await watchViolations(page);
    for (const path of type.paths.slice(0, 8)) {
      await page.goto(path);
      await page.waitForLoadState('load');
      expect(await violations(), path).toEqual([]);
    }
  });
}

test('search works under the policy, on its page and in the dialog, and reports no violation', async ({
  page,
}) => {
  const violations = await watchViolations(page);
  await page.goto('/search/?q=quantum');
  const results = page.getByRole('list', { name: 'Search results' });
  await expect(results.locator('a.search-hit__link[href^="/countries/finland/"]')).toHaveCount(1);
  await page.goto('/sources/');
  await page.keyboard.press('/');
  const dialog = page.getByRole('dialog', { name: 'Search' });
  await expect(dialog.getByRole('searchbox')).toBeFocused();
  await page.keyboard.type('quantum');
  await expect(dialog.locator('a.search-hit__link').first()).toBeVisible({ timeout: 15_000 });
  expect(await violations()).toEqual([]);
});

test('a script the policy does not know is blocked and reported', async ({ page }) => {
  // Proves the watcher can fail: an injected inline script has no hash in the policy.
  const violations = await watchViolations(page);
  await page.goto('/');
  const ran = await page.evaluate(() => {
    const s = document.createElement('script');
    s.textContent = 'window.__injected = true';
    document.head.append(s);
    return (window as unknown as { __injected?: boolean }).__injected === true;
  });
  expect(ran).toBe(false);
  // Reported both as an event and on the console; one script-src report is what matters.
  await expect.poll(async () => (await violations()).some((v) => /script-src/.test(v))).toBe(true);
});

test('links that leave the site open safely; no page links to javascript: or data:', async ({ page }) => {
  const paths = builtPaths();
  // One test walks every built page (123 with the agreement pages), so its time grows with the site.
  test.setTimeout(30_000 + paths.length * 1_500);
  for (const path of paths) {
    await page.goto(path, { waitUntil: 'domcontentloaded' });
    // Links in the pictures' SVG too, whose href is not a string property: resolve the attribute.
    const links = await page.locator('a[href]').evaluateAll((as) =>
      as.map((a) => ({
        href: new URL(a.getAttribute('href') ?? '', document.baseURI).href,
        raw: a.getAttribute('href') ?? '',
        rel: a.getAttribute('rel') ?? '',
      })),
    );
    for (const l of links) {
      expect(l.raw, path).not.toMatch(/^\s*(javascript|data|vbscript):/i);
      if (new URL(l.href).origin !== new URL(page.url()).origin)
        expect(l.rel.split(/\s+/), `${path} → ${l.href}`).toEqual(
          expect.arrayContaining(['noopener', 'noreferrer']),
        );
    }
  }
});

test('javascript: and data: addresses in a source stay text', async ({ page }) => {
  await page.goto(fixtureURL('/sources/hostile-markup/'));
  const body = page.locator('.document__body');
  await expect(
    body.getByText('[click me](javascript:alert(1)) must not become a link.', { exact: true }),
  ).toHaveCount(1);
  await expect(
    body.getByText('<a href="data:text/html,<script>alert(1)</script>">a data: link</a> stays text.', {
      exact: true,
    }),
  ).toHaveCount(1);
  await expect(page.locator('a[href^="javascript:" i], a[href^="data:" i]')).toHaveCount(0);
});
