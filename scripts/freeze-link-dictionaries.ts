// `npm run links:freeze`: keeps share links made with earlier versions of the app opening. Each
// chart the app ships files its current link dictionary (parameter paths + defaults, see
// src/core/shareDictionary.ts) in src/charts/<id>/linkDictionaries.json under its hash, beside the
// earlier ones, which are never removed. Run it after changing a chart's parameters or defaults;
// a unit test (src/core/shareFrozen.test.ts) fails until it has been run.
//   npx tsx scripts/freeze-link-dictionaries.ts           add what is new
//   npx tsx scripts/freeze-link-dictionaries.ts --check   only report (exit 1 when something is not frozen)
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { charts } from '../src/charts';
import { withCurrentFrozen, type FrozenLinkDictionaries } from '../src/core/shareDictionary';

const chartsDir = resolve(dirname(fileURLToPath(import.meta.url)), '../src/charts');
export const FROZEN_FILE = 'linkDictionaries.json';

/** One parameter path a line, the defaults indented: small diffs when a dictionary is appended. */
export function frozenFileText(dictionaries: FrozenLinkDictionaries): string {
  const entries = Object.entries(dictionaries).map(([hash, d]) => {
    const lines = [`  ${JSON.stringify(hash)}: {`];
    if (d.chartVersion) lines.push(`    "chartVersion": ${JSON.stringify(d.chartVersion)},`);
    lines.push('    "fields": [', d.fields.map((f) => `      ${JSON.stringify(f)}`).join(',\n'), '    ],');
    lines.push(`    "defaults": ${JSON.stringify(d.defaults, null, 2).replace(/\n/g, '\n    ')}`, '  }');
    return lines.join('\n');
  });
  return `{\n${entries.join(',\n')}\n}\n`;
}

function main(): number {
  const check = process.argv.includes('--check');
  let missing = 0;
  for (const chart of charts) {
    const file = join(chartsDir, chart.id, FROZEN_FILE);
    if (!existsSync(join(chartsDir, chart.id))) throw new Error(`no folder src/charts/${chart.id} for chart ${chart.id}`);
    const existing = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as FrozenLinkDictionaries) : {};
    const { dictionaries, added } = withCurrentFrozen(existing, chart.schema, chart.version);
    if (!added) {
      console.log(`${chart.id}: current dictionary already frozen (${Object.keys(existing).length} in all)`);
      continue;
    }
    missing++;
    if (check) {
      console.log(`${chart.id}: current dictionary ${added} is NOT frozen`);
      continue;
    }
    writeFileSync(file, frozenFileText(dictionaries));
    console.log(`${chart.id}: froze dictionary ${added} (${Object.keys(dictionaries).length} in all)`);
  }
  return check && missing > 0 ? 1 : 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) process.exitCode = main();
