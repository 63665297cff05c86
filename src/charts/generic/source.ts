// Where a chart opened at run time came from: shown in its header, named in links and bundles.
export type GenericSource =
  | { kind: 'folder'; label: string }
  | { kind: 'archive'; label: string }
  | { kind: 'repo'; repoUrl: string; chart: string; version: string };

/** Prefix of the ids of charts opened at run time; curated chart ids never start with it. */
export const OPENED_ID_PREFIX = 'open.';

/** `My Chart` -> `open.my-chart`: a stable id for storage keys, routes and links. */
export function genericChartId(name: string): string {
  return `${OPENED_ID_PREFIX}${name.toLowerCase().replace(/[^a-z0-9-]+/g, '-').replace(/^-+|-+$/g, '') || 'chart'}`;
}

export function isOpenedChartId(id: string): boolean {
  return id.startsWith(OPENED_ID_PREFIX);
}

/** What a person runs to get the chart as a .tgz when the browser cannot fetch it. */
export function helmPullCommand(source: { repoUrl: string; chart: string; version: string }): string {
  const quote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;
  const version = source.version ? ` --version ${quote(source.version)}` : '';
  return `helm pull ${quote(source.chart)} --repo ${quote(source.repoUrl)}${version}`;
}

export function describeSource(source: GenericSource): string {
  switch (source.kind) {
    case 'folder':
      return `folder ${source.label}`;
    case 'archive':
      return source.label;
    case 'repo':
      return `${source.chart} ${source.version} from ${source.repoUrl}`;
  }
}
