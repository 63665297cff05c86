// Makes docs/screenshot.png, the README's picture: Centrifugo with a problem opened at its field.
// Needs a running build: `npx vite build && npx vite preview --port 4173`, then
// `npx tsx scripts/readme-screenshot.ts [baseURL] [out.png] [light|dark]`.
import { chromium } from '@playwright/test';

const [base = 'http://127.0.0.1:4173', out = 'docs/screenshot.png', scheme = 'light'] = process.argv.slice(2);

// Three replicas on the memory engine (an error) behind an nginx Ingress without long timeouts (a warning).
const saved = {
  format: 1,
  values: {
    replicaCount: 3,
    ingress: { enabled: true, ingressClassName: 'nginx', hosts: [{ host: 'realtime.example.com', paths: ['/'] }] },
  },
  release: { name: 'realtime', namespace: 'chat' },
};

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
try {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, colorScheme: scheme === 'dark' ? 'dark' : 'light' });
  await context.addInitScript((state) => localStorage.setItem('chart-configurator:v1:centrifugo', state), JSON.stringify(saved));
  const page = await context.newPage();
  await page.goto(`${base}/#/centrifugo`);
  const problem = page.locator('[data-problem-severity="error"]').first();
  await problem.getByRole('button').first().click();
  await page.locator('.monaco-editor').first().waitFor();
  // The field highlight fades; take the picture while it shows.
  await page.screenshot({ path: out });
} finally {
  await browser.close();
}
