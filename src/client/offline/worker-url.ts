/**
 * The service worker, written into dist/ by the build (src/integrations/service-worker.ts);
 * its scope is the whole site. A module of its own: every page's script imports it, and
 * it must not pull the lazily loaded cache code into that script.
 */
export const SERVICE_WORKER_URL = '/sw.js';
