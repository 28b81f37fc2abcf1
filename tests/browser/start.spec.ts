import { expect, test } from '@playwright/test';
import { spawn } from 'node:child_process';
import { createServer, type Server } from 'node:net';
import { sitePort } from '../support/sites.ts';

/**
 * `npm start` ends in `npm run serve`: on a busy port it must say so, take the next free one and print the
 * address to open, so a newcomer with another server on 4321 still finds the site.
 */
test('npm run serve on a busy port says so and prints the address it took', async () => {
  const busy = sitePort + 50;
  const blocker: Server = createServer();
  await new Promise<void>((resolve) => blocker.listen(busy, '127.0.0.1', resolve));
  const child = spawn('npm', ['run', 'serve'], {
    env: { ...process.env, PORT: String(busy) },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr.on('data', (d: Buffer) => (output += d.toString()));
  try {
    await expect
      .poll(() => /http:\/\/127\.0\.0\.1:(\d+)\//.exec(output)?.[1], { timeout: 30_000 })
      .toBeTruthy();
    const port = Number(/http:\/\/127\.0\.0\.1:(\d+)\//.exec(output)![1]);
    expect(output).toContain(`Port ${busy} is in use`);
    expect(port).not.toBe(busy);
    const home = await fetch(`http://127.0.0.1:${port}/`);
    expect(home.status).toBe(200);
    expect(await home.text()).toContain('Partnerships Atlas');
  } finally {
    if (child.pid) process.kill(-child.pid);
    blocker.close();
  }
});
