import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { preloadScript, routeFiles, type ChunkFacts } from './routePreload';

const chunk = (fileName: string, facadeModuleId: string | null, imports: string[] = [], isEntry = false): ChunkFacts => ({ fileName, facadeModuleId, imports, isEntry });

// A build in small: the entry and React (index.html loads them), the chart page with its form code
// and js-yaml, two charts sharing TypeBox and js-yaml, their validators, and a lazy editor chunk.
const chunks = [
  chunk('assets/index.js', '/app/index.html', ['assets/react.js'], true),
  chunk('assets/react.js', null),
  chunk('assets/ChartRoute.js', '/app/src/ui/chart/ChartRoute.tsx', ['assets/Workspace.js', 'assets/react.js']),
  chunk('assets/Workspace.js', null, ['assets/js-yaml.js', 'assets/react.js']),
  chunk('assets/js-yaml.js', null),
  chunk('assets/centrifugo.js', '/app/src/charts/centrifugo/index.ts', ['assets/typebox.js', 'assets/js-yaml.js']),
  chunk('assets/kraken.js', '/app/src/charts/kraken/index.ts', ['assets/typebox.js']),
  chunk('assets/typebox.js', null),
  chunk('assets/centrifugo-check.js', '\0virtual:chart-validators/centrifugo', ['assets/ucs2.js']),
  chunk('assets/ucs2.js', null),
  chunk('assets/monaco.js', '/app/src/ui/monaco/setup.ts', ['assets/react.js']),
];

describe('route preload', () => {
  it('lists the chart page once and each chart apart, without what index.html already loads', () => {
    const files = routeFiles(chunks);
    expect(files.page).toEqual(['assets/ChartRoute.js', 'assets/Workspace.js', 'assets/js-yaml.js']);
    expect(Object.keys(files.charts)).toEqual(['centrifugo', 'kraken']);
    expect(files.charts.centrifugo).toEqual(['assets/centrifugo.js', 'assets/centrifugo-check.js', 'assets/typebox.js', 'assets/ucs2.js']);
    expect(files.charts.kraken).toEqual(['assets/kraken.js', 'assets/typebox.js']);
  });

  /** Runs the generated script against a page at `hash`; returns the preload links it added. */
  function preloadsAt(hash: string): { rel: string; href: string; crossOrigin: string | null }[] {
    const head: { rel: string; href: string; crossOrigin: string | null }[] = [];
    const document = {
      createElement: () => ({ rel: '', href: '', crossOrigin: null }),
      head: { append: (link: (typeof head)[number]) => head.push(link) },
    };
    runInNewContext(preloadScript(routeFiles(chunks)), { document, location: { hash } });
    return head;
  }

  it('preloads the chart named by the fragment, share links included, as module scripts', () => {
    for (const hash of ['#/kraken', '#/kraken?s=abc', '#/kraken/']) {
      expect(preloadsAt(hash).map((l) => l.href)).toEqual(['./assets/kraken.js', './assets/typebox.js', './assets/ChartRoute.js', './assets/Workspace.js', './assets/js-yaml.js']);
    }
    expect(preloadsAt('#/centrifugo').every((l) => l.rel === 'modulepreload' && l.crossOrigin === '')).toBe(true);
  });

  it('preloads nothing for the picker, other pages or a fragment that names no chart', () => {
    for (const hash of ['', '#/', '#/stack', '#/open', '#/no-such-chart', '#/__proto__', '#/constructor', '#/toString']) {
      expect(preloadsAt(hash)).toEqual([]);
    }
  });
});
