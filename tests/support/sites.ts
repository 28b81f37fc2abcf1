/**
 * The two built sites the browser tests run against (tests/playwright.config.ts starts both): the real one
 * (dist/, Playwright's baseURL) on TEST_PORT, and the fixture site (.fixture/dist/: real sources, the dev set
 * and hostile input) on the port after it. One definition, so the config and every spec agree.
 */
import type { publicRecord } from '../../src/utils/agreements.ts';

export const sitePort = Number(process.env['TEST_PORT'] ?? 4400);
export const fixturePort = sitePort + 1;

/** An address on the fixture site. */
export const fixtureURL = (path: string) => `http://127.0.0.1:${fixturePort}${path}`;

/** One record of `/agreements.json`, as the site publishes it (src/utils/agreements.ts). */
export type PublicRecord = ReturnType<typeof publicRecord>;
