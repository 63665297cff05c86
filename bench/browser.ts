// Serving a build and driving Debian's Chromium, shared by bench/run.ts and bench/openTrace.ts.
import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { chromium, type Browser } from 'playwright-core';

const root = resolve(import.meta.dirname, '..');

export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

export async function waitForServer(url: string, timeoutMs = 30_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`server at ${url} did not start`);
}

/** `vite preview` of `outDir` on `port`, stopped (with the vite process npx started) when `work` ends. */
export async function withPreviewServer<T>(outDir: string, port: number, ready: string, work: () => Promise<T>): Promise<T> {
  // Another server on the port (another bench) would answer for ours, which --strictPort stops.
  const taken = await fetch(ready).then(() => true, () => false);
  if (taken) throw new Error(`port ${port} is in use (another bench?): pass --port`);
  // Its own process group, so stopping it also stops the vite process npx started.
  const server: ChildProcess = spawn('npx', ['vite', 'preview', '--outDir', outDir, '--port', String(port), '--strictPort', '--host', '127.0.0.1'], {
    cwd: root,
    stdio: 'ignore',
    detached: true,
  });
  try {
    await waitForServer(ready);
    return await work();
  } finally {
    try {
      if (server.pid !== undefined) process.kill(-server.pid);
    } catch {
      // It already stopped (e.g. it could not listen); nothing left to end.
    }
  }
}

export async function withChromium<T>(work: (browser: Browser) => Promise<T>): Promise<T> {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
  try {
    return await work(browser);
  } finally {
    await browser.close();
  }
}
