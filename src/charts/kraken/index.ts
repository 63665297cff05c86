// Kraken, modelled on the krakenchat/kraken Helm chart 0.0.1 (helm/kraken at b87cf17), app 0.0.1.
import type { ChartModule } from '../../core/types';
import { groups } from './groups';
import { meta } from './meta';
import { notices } from './notices';
import { presets } from './presets';
import { render } from './render';
import { rules } from './rules';
import { schema, type KrakenValues } from './schema';
import { consumes } from './wiring';

export const kraken: ChartModule<KrakenValues> = {
  ...meta,
  schema,
  groups,
  rules,
  render,
  presets,
  linkDictionaries: () => import('./linkDictionaries.json').then((m) => m.default),
  consumes,
  notices,
};
