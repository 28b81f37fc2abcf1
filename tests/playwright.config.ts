import { defineConfig, devices } from '@playwright/test';
import { BrowserUnavailable, CHROMIUM_ARGS, chromiumPath } from '../src/harness/chromium.ts';
import { fixturePort, sitePort as port } from './support/sites.ts';

/**
 * Browser tests run in the Chromium of src/harness/chromium.ts (CHROMIUM_PATH, or the one
 * packaged in npm) against the built sites: dist/ (the real one) and .fixture/dist/
 * (real sources plus hostile fixtures). Ports are configurable so several
 * checkouts can test at once.
 */
const chromium = await chromiumPath().catch((error: unknown) => {
  if (!(error instanceof BrowserUnavailable)) throw error;
  console.error(`browser tests cannot run: ${error.message}`);
  process.exit(1);
});

export default defineConfig({
  testDir: './browser',
  outputDir: '../test-results',
  fullyParallel: true,
  workers: 2,
  forbidOnly: true,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: {
      executablePath: chromium,
      args: [...CHROMIUM_ARGS],
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], channel: undefined } }],
  webServer: [
    {
      command: `npm run preview -- --port ${port} --host 127.0.0.1 --ignore-lock`,
      url: `http://127.0.0.1:${port}/`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      command: `npm run preview -- --port ${fixturePort} --host 127.0.0.1 --ignore-lock`,
      url: `http://127.0.0.1:${fixturePort}/`,
      reuseExistingServer: false,
      timeout: 60_000,
      env: { ATLAS_OUT_DIR: './.fixture/dist', ATLAS_CACHE_DIR: './.fixture/cache' },
    },
  ],
});
