// The plain-map objects of a template's top-level data, shaped as helm 4.1.4 builds them:
// `.Chart` is Chart.yaml turned into a map with Go field names (src/engine/chart's metadataAsMap)
// plus IsRoot, `.Release` a map of the release options (Revision an int), `.Template` a map
// {Name, BasePath}.
import { metadataAsMap } from '../chart';
import type { ChartMetadata } from '../chart/types';
import { mapSet, markIntFields, newMap, type GoMap, type GoValue } from '../value';

/** `.Chart`: helm's MetadataAsMap with the engine's IsRoot. */
export function chartMetadataMap(meta: ChartMetadata, isRoot: boolean): GoMap {
  const m = metadataAsMap(meta);
  mapSet(m, 'IsRoot', isRoot);
  return m;
}


function mapOf(entries: [string, GoValue][]): GoMap {
  const m = newMap();
  for (const [k, v] of entries) mapSet(m, k, v);
  return m;
}

export interface ReleaseOptions {
  name: string;
  namespace: string;
  isUpgrade?: boolean;
}

/** `.Release` as ToRenderValues builds it for `helm template` (revision 1). */
export function releaseMap(r: ReleaseOptions): GoMap {
  const upgrade = !!r.isUpgrade;
  const m = mapOf([
    ['Name', r.name],
    ['Namespace', r.namespace],
    ['IsUpgrade', upgrade],
    ['IsInstall', !upgrade],
    ['Revision', 1n],
    ['Service', 'Helm'],
  ]);
  markIntFields(m, ['Revision']); // a Go int: `printf "%T" .Release.Revision` is int
  return m;
}

/** `.Template` while a file renders. */
export function templateMap(name: string, basePath: string): GoMap {
  return mapOf([['Name', name], ['BasePath', basePath]]);
}
