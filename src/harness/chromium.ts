/**
 * The one Chromium every browser test, benchmark and Lighthouse run uses.
 *
 * `CHROMIUM_PATH` picks a browser of the reader's own (Debian's `/usr/bin/chromium`, say). Without it, the
 * Chromium that `@sparticuz/chromium` ships inside its npm package is unpacked once into
 * `node_modules/.cache/chromium/<version>/` and used from there: `npm install` is then all a fresh machine
 * needs, with no root and no download beyond the npm registry.
 */
import { accessSync, constants, existsSync, mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** Flags for a headless Chromium on a machine with a closed network and no GPU (see docs/benchmarks.md). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
] as const;

/** A browser that cannot be had: one line that says why and what to do. */
export class BrowserUnavailable extends Error {
  override name = 'BrowserUnavailable';
}

function packagedVersion(): string | undefined {
  try {
    // The package's exports map does not export package.json: read it beside the entry point.
    const entry = fileURLToPath(import.meta.resolve('@sparticuz/chromium'));
    const manifest = join(dirname(entry), '..', 'package.json');
    return (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version;
  } catch {
    return undefined;
  }
}

/**
 * The path of the Chromium to launch. Unpacking the packaged build takes a few seconds the first time; it
 * unpacks into a folder of its own and is then renamed into place, so two processes starting at once never
 * see half a browser.
 */
export async function chromiumPath(env: NodeJS.ProcessEnv = process.env): Promise<string> {
  const chosen = env['CHROMIUM_PATH'];
  if (chosen) {
    try {
      accessSync(chosen, constants.X_OK);
      return chosen;
    } catch {
      throw new BrowserUnavailable(
        `CHROMIUM_PATH=${chosen} is not an executable file: point it at a Chromium, or unset it to use the packaged one (npm install)`,
      );
    }
  }
  const version = packagedVersion();
  if (!version) {
    throw new BrowserUnavailable(
      'no browser: @sparticuz/chromium is not installed; run npm install, or set CHROMIUM_PATH to a Chromium',
    );
  }
  const home = join(root, 'node_modules', '.cache', 'chromium', version);
  const binary = join(home, 'chromium');
  if (existsSync(binary)) return binary;

  const staging = `${home}.partial-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  // The package unpacks into os.tmpdir(), which reads TMPDIR at each call: point it at the staging folder.
  const savedTmp = env['TMPDIR'];
  process.env['TMPDIR'] = staging;
  try {
    const { default: packaged } = await import('@sparticuz/chromium');
    await packaged.executablePath();
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    throw new BrowserUnavailable(
      `could not unpack the packaged Chromium (${(error as Error).message}); set CHROMIUM_PATH to a Chromium instead`,
    );
  } finally {
    if (savedTmp === undefined) delete process.env['TMPDIR'];
    else process.env['TMPDIR'] = savedTmp;
  }
  try {
    renameSync(staging, home);
  } catch {
    // Another process finished first: use its copy.
    rmSync(staging, { recursive: true, force: true });
  }
  if (!existsSync(binary)) throw new BrowserUnavailable(`the packaged Chromium did not unpack to ${binary}`);
  return binary;
}
