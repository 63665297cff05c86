// Build time only (the Vite plugin `chart-validators` in vite.config.ts runs it in Node): the
// precompiled schema validator of every chart of the registry, as ES module sources by chart id.
import { charts } from '../../charts';
import { standaloneValidatorModule } from '../../core/standaloneValidator';

export function validatorSources(): Record<string, string> {
  const out: Record<string, string> = Object.create(null) as Record<string, string>;
  for (const chart of charts) out[chart.id] = standaloneValidatorModule(chart.schema);
  return out;
}
