import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { runCli } from './inMemoryCli';
import { DEFAULT_LINK_BASE, linkFrom } from './stackCommands';

describe('linkFrom: <base>/#/<chart>?...', () => {
  it.each([
    ['https://example.org/app', 'https://example.org/app/#/c?s=2.x'],
    ['https://example.org/app/', 'https://example.org/app/#/c?s=2.x'],
    ['https://example.org', 'https://example.org/#/c?s=2.x'],
    ['https://example.org/app/index.html', 'https://example.org/app/index.html#/c?s=2.x'],
    ['https://example.org/app?lang=en', 'https://example.org/app/?lang=en#/c?s=2.x'],
    ['https://example.org/app/#/old?s=1.y', 'https://example.org/app/#/c?s=2.x'],
    ['https://example.org/app#/old', 'https://example.org/app/#/c?s=2.x'],
  ])('%s', (base, url) => {
    expect(linkFrom(base, '#/c?s=2.x')).toBe(url);
  });

  it('keeps the placeholder base as it is', () => {
    expect(linkFrom(undefined, '#/c?s=2.x')).toBe(`${DEFAULT_LINK_BASE}#/c?s=2.x`);
  });

  it('is what `cli link --base` prints and what a bundle README links to', () => {
    const link = runCli(['link', 'centrifugo', '--set', 'replicaCount=3', '--base', 'https://example.org/app']);
    expect(link.code).toBe(0);
    expect(link.out).toMatch(/^https:\/\/example\.org\/app\/#\/centrifugo\?s=2\.\S+\n$/);
    const bundle = runCli(['bundle', 'centrifugo', '--set', 'replicaCount=3', '-o', 'out.zip', '--link-base', 'https://example.org/app']);
    expect(bundle.code).toBe(0);
    const readme = strFromU8(unzipSync(bundle.written['out.zip'])['README.md']);
    expect(readme).toMatch(/`https:\/\/example\.org\/app\/#\/centrifugo\?s=2\.[\w-]+`/);
  });
});
