// Centrifugo, modelled on the centrifugal/centrifugo Helm chart 13.0.0 (app 6.6.0).
import type { ChartModule } from '../../core/types';
import { groups } from './groups';
import { meta } from './meta';
import { presets } from './presets';
import { render } from './render';
import { rules } from './rules';
import { schema, type CentrifugoValues } from './schema';
import { consumes } from './wiring';

export const centrifugo: ChartModule<CentrifugoValues> = {
  ...meta,
  schema,
  groups,
  rules,
  render,
  presets,
  linkDictionaries: () => import('./linkDictionaries.json').then((m) => m.default),
  consumes,
};
