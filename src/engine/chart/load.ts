// Loading a chart from its files as helm 4.1.4's loader does (pkg/chart/loader, pkg/chart/v2/loader):
// a folder's files pass .helmignore first (a .tgz is read as is), then LoadFiles sorts each file into
// Chart.yaml, values.yaml, values.schema.json, templates/, charts/ (subcharts, as folders or .tgz,
// loaded recursively) and the rest (what .Files sees). Errors are worded as helm's.
import type { GoValue } from '../value';
import { newMap } from '../value';
import type { Chart, ChartFile, ChartFiles } from './types';
import { ChartError } from './types';
import { decodeMetadata, detectApiVersion, emptyMetadata, validateMetadata } from './chartYaml';
import type { DecodedMetadata } from './chartYaml';
import { loadValues } from './valuesFile';
import { readYamlTyped } from './yamlSource';
import { folderFiles, readChartArchive } from './readers';

export interface LoadOptions {
  /** The files come from a .tgz: no .helmignore, tar order kept (helm's LoadArchive). */
  fromArchive?: boolean;
}

const MAX_DEPTH = 16;
const decoder = new TextDecoder('utf-8');

function text(data: Uint8Array): string {
  return decoder.decode(data);
}

function trimBom(d: Uint8Array): Uint8Array {
  return d.length >= 3 && d[0] === 0xef && d[1] === 0xbb && d[2] === 0xbf ? d.subarray(3) : d;
}

function parseYamlFile(data: Uint8Array, label: string): GoValue {
  try {
    return readYamlTyped(text(data));
  } catch (e) {
    throw new ChartError(`cannot load ${label}: ${e instanceof Error ? e.message : String(e)}`);
  }
}

interface Budget {
  depth: number;
}

/** helm's LoadFiles: the chart in a flat list of files (names relative to the chart folder). */
function loadFiles(files: ChartFile[], budget: Budget, parent: Chart | null): Chart {
  let meta: DecodedMetadata | null = null;
  for (const f of files) {
    if (f.name !== 'Chart.yaml') continue;
    meta ??= emptyMetadata();
    try {
      decodeMetadata(meta, parseYamlFile(f.data, 'Chart.yaml'));
    } catch (e) {
      if (e instanceof ChartError && e.message.startsWith('cannot load')) throw e;
      throw new ChartError(`cannot load Chart.yaml: ${e instanceof Error ? e.message : String(e)}`);
    }
    if (meta.apiVersion === '') meta.apiVersion = 'v1';
  }
  const chart: Chart = {
    metadata: null as never,
    fullPath: '',
    templates: [],
    values: newMap(),
    schema: null,
    files: [],
    crds: [],
    dependencies: [],
    parent,
    raw: files,
  };
  const subcharts = new Map<string, ChartFile[]>();
  for (const f of files) {
    const name = f.name;
    if (name === 'Chart.yaml') continue;
    if (name === 'Chart.lock' || name === 'requirements.lock') {
      parseYamlFile(f.data, name);
      if (name === 'requirements.lock') {
        meta ??= emptyMetadata();
        if (meta.apiVersion === 'v1') chart.files.push(f);
      }
    } else if (name === 'values.yaml') {
      try {
        chart.values = loadValues(text(f.data));
      } catch (e) {
        throw new ChartError(`cannot load values.yaml: ${e instanceof Error ? e.message : String(e)}`);
      }
    } else if (name === 'values.schema.json') {
      chart.schema = f.data;
    } else if (name === 'requirements.yaml') {
      meta ??= emptyMetadata();
      try {
        decodeMetadata(meta, parseYamlFile(f.data, 'requirements.yaml'));
      } catch (e) {
        if (e instanceof ChartError && e.message.startsWith('cannot load')) throw e;
        throw new ChartError(`cannot load requirements.yaml: ${e instanceof Error ? e.message : String(e)}`);
      }
      if (meta.apiVersion === 'v1') chart.files.push(f);
    } else if (name.startsWith('templates/')) {
      chart.templates.push(f);
    } else if (name.startsWith('charts/')) {
      if (goExt(name) === '.prov') {
        chart.files.push(f);
        continue;
      }
      const rest = name.slice('charts/'.length);
      const cname = rest.split('/')[0];
      const list = subcharts.get(cname) ?? [];
      list.push({ name: rest, data: f.data });
      subcharts.set(cname, list);
    } else {
      chart.files.push(f);
    }
  }
  if (meta === null) throw new ChartError('Chart.yaml file is missing');
  chart.metadata = validateMetadata(meta);
  chart.fullPath = parent === null ? chart.metadata.name : `${parent.fullPath}/charts/${chart.metadata.name}`;
  chart.crds = chart.files.filter((f) => f.name.startsWith('crds/') && /\.(ya?ml|json)$/i.test(f.name));

  if (subcharts.size > 0 && budget.depth >= MAX_DEPTH) {
    throw new ChartError(`chart ${chart.metadata.name} has subcharts nested more than ${MAX_DEPTH} deep`);
  }
  // Go ranges over a map here (random order); sorting the names keeps ours stable.
  for (const n of [...subcharts.keys()].sort()) {
    if (n.startsWith('_') || n.startsWith('.')) continue;
    const list = subcharts.get(n) as ChartFile[];
    let sub: Chart;
    try {
      if (goExt(n) === '.tgz') {
        const file = list[0];
        if (file.name !== n) {
          throw new ChartError(`error unpacking subchart tar in ${chart.metadata.name}: expected ${n}, got ${file.name}`);
        }
        const inner = readChartArchive(file.data);
        sub = loadFiles(
          [...inner].map(([name, data]) => ({ name, data })),
          { depth: budget.depth + 1 },
          chart,
        );
      } else {
        const buff: ChartFile[] = [];
        for (const f of list) {
          const slash = f.name.indexOf('/');
          if (slash < 0) continue;
          buff.push({ name: f.name.slice(slash + 1), data: f.data });
        }
        sub = loadFiles(buff, { depth: budget.depth + 1 }, chart);
      }
    } catch (e) {
      if (e instanceof ChartError && e.message.startsWith('error unpacking subchart tar')) throw e;
      throw new ChartError(`error unpacking subchart ${n} in ${chart.metadata.name}: ${e instanceof Error ? e.message : String(e)}`);
    }
    chart.dependencies.push(sub);
  }
  return chart;
}

/** Go's filepath.Ext: from the last dot of the last path element, '' when it has none. */
function goExt(path: string): string {
  const base = path.slice(path.lastIndexOf('/') + 1);
  const dot = base.lastIndexOf('.');
  return dot < 0 ? '' : base.slice(dot);
}

/**
 * A chart from its files. A folder (default) applies .helmignore and helm's default ignore rule; pass
 * `fromArchive` for files from readChartArchive. The CLI's apiVersion check runs first, as helm's.
 */
export function loadChart(files: ChartFiles, options: LoadOptions = {}): Chart {
  const chartYaml = files.get('Chart.yaml');
  if (chartYaml === undefined) {
    throw new ChartError(options.fromArchive ? 'unable to detect chart version, no Chart.yaml found' : 'Chart.yaml file is missing');
  }
  let apiVersion: string;
  try {
    apiVersion = detectApiVersion(parseYamlFile(trimBom(chartYaml), 'Chart.yaml'));
  } catch (e) {
    if (e instanceof ChartError && e.message.startsWith('cannot load')) throw e;
    throw new ChartError(`cannot load Chart.yaml: ${e instanceof Error ? e.message : String(e)}`);
  }
  if (apiVersion === 'v3') throw new ChartError('invalid chart apiVersion');
  if (apiVersion !== 'v1' && apiVersion !== 'v2' && apiVersion !== '') throw new ChartError('unsupported chart version');
  const list = options.fromArchive
    ? [...files].map(([name, data]) => ({ name, data: trimBom(data) }))
    : folderFiles(files);
  return loadFiles(list, { depth: 0 }, null);
}

/** A packaged chart (.tgz bytes) -> the loaded chart. */
export function loadChartArchive(tgz: Uint8Array): Chart {
  return loadChart(readChartArchive(tgz), { fromArchive: true });
}
