// kube-stager, modelled on the szeber/kube-stager-helm chart 1.0.0 (operator 1.0.0).
import type { ChartModule } from '../../core/types';
import { groups } from './groups';
import { meta } from './meta';
import { notices } from './notices';
import { presets } from './presets';
import { render } from './render';
import { rules } from './rules';
import { schema, type KubeStagerValues } from './schema';

export const kubeStager: ChartModule<KubeStagerValues> = {
  ...meta,
  schema,
  groups,
  rules,
  render,
  presets,
  linkDictionaries: () => import('./linkDictionaries.json').then((m) => m.default),
  notices,
};
