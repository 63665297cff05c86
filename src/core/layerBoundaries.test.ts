// The lint rule that keeps the layers apart (eslint.config.js): core imports no chart, UI or CLI
// code; the engine imports nothing of ours outside itself.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

async function restricted(filePath: string, source: string): Promise<string[]> {
  const [result] = await new ESLint().lintText(source, { filePath });
  return result.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message.split("'")[1]);
}

describe('layer boundaries', () => {
  it('keep charts, the UI and the CLI out of the core', async () => {
    const source = [
      "import { charts } from '../../charts';",
      "import type { X } from '../../ui/App';",
      "import { main } from '../../cli/main';",
      "import { getAt } from '../values';",
      "import { formatFloat } from '../../engine/go/strconv';",
      'export const all = [charts, main, getAt, formatFloat] as X[];',
    ].join('\n');
    expect(await restricted('src/core/bundle/example.ts', source)).toEqual(['../../charts', '../../ui/App', '../../cli/main']);
    expect(await restricted('src/core/example.ts', "import { charts } from '../charts';\nexport const c = charts;")).toEqual(['../charts']);
  });

  it("let the core's tests run it against the chart registry, but not the UI or CLI", async () => {
    const source = "import { charts } from '../../charts';\nimport { main } from '../../cli/main';\nexport const all = [charts, main];";
    expect(await restricted('src/core/bundle/example.test.ts', source)).toEqual(['../../cli/main']);
  });

  it('keep the engine to itself', async () => {
    const source = [
      "import { value } from '../value';",
      "import { fmt } from './fmt';",
      "import { getAt } from '../../core/values';",
      "import { charts } from '../../charts';",
      'export const all = [value, fmt, getAt, charts];',
    ].join('\n');
    expect(await restricted('src/engine/go/example.ts', source)).toEqual(['../../core/values', '../../charts']);
    expect(await restricted('src/engine/example.ts', "import { getAt } from '../core/values';\nexport const g = getAt;")).toEqual(['../core/values']);
  });
});
