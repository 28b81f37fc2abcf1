/**
 * `npm run preview` of a built site (dist/, or `outDir` such as the fixture
 * site's .fixture/dist) on a port of the caller's choosing, for the bench
 * scripts (page budgets, search) and search tuning; stopped with the returned function.
 */
import { spawn } from 'node:child_process';

export async function startPreview(port: number, outDir?: string): Promise<() => void> {
  const child = spawn(
    'npm',
    ['run', 'preview', '--', '--port', String(port), '--host', '127.0.0.1', '--ignore-lock'],
    {
      stdio: 'ignore',
      detached: true,
      env: outDir ? { ...process.env, ATLAS_OUT_DIR: outDir } : process.env,
    },
  );
  const stop = () => {
    if (child.pid) process.kill(-child.pid);
  };
  for (let i = 0; i < 150; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/`)).ok) return stop;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  stop();
  throw new Error(
    `preview did not start on port ${port}: is ${outDir ?? 'dist/'} built (${outDir ? 'npm run build:fixture' : 'npm run build'}) and the port free?`,
  );
}
