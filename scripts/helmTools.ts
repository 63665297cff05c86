// Where the developer scripts find the real helm and kubectl, and how they render one fixture with
// helm. One place, so every script looks in the same spots in the same order.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { Fixture } from '../src/core/testing/fixtureKit';

/** `$HELM_BIN` / `$KUBECTL_BIN`, then where ../shared/tools/get-helm unpacks them, then PATH. */
export function findTool(name: 'helm' | 'kubectl'): string | undefined {
  const env = name === 'helm' ? process.env.HELM_BIN : process.env.KUBECTL_BIN;
  const cached = [join(homedir(), '.cache/helm-bin', name), join(homedir(), '.cache/chart-configurator-helm', name)];
  const onPath = (process.env.PATH ?? '').split(':').filter(Boolean).map((d) => join(d, name));
  return [env, ...cached, ...onPath].filter((c): c is string => Boolean(c)).find((c) => existsSync(c));
}

/** `helm template RELEASE CHART -f VALUES --namespace NS` for a fixture, as text. */
export function helmTemplateFixture(helm: string, chartDir: string, fixture: Fixture, valuesFile = fixture.valuesFile): string {
  return execFileSync(helm, ['template', fixture.release.name, chartDir, '-f', valuesFile, '--namespace', fixture.release.namespace], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}
