// A chart from a helm repository, fetched by the browser only when the person asks: the
// repository's index.yaml names the chart's versions and their .tgz addresses. A browser cannot
// reach every repository (CORS, offline); the error then carries the `helm pull` command that gets
// the same .tgz to drop instead.
import { load } from 'js-yaml';
import { helmPullCommand } from '../../charts/generic/source';

export const MAX_INDEX_BYTES = 30 * 1024 * 1024;
export const MAX_CHART_BYTES = 20 * 1024 * 1024;

export class RepoFetchError extends Error {
  constructor(message: string, readonly pullCommand?: string) {
    super(message);
  }
}

export interface RepoRequest {
  repoUrl: string;
  chart: string;
  /** Empty for the newest version the index lists. */
  version: string;
}

type Fetch = (url: string) => Promise<Response>;

function normaliseRepoUrl(url: string): string {
  const trimmed = url.trim().replace(/\/+$/, '');
  let parsed: URL;
  try {
    parsed = new URL(trimmed);
  } catch {
    throw new RepoFetchError(`“${url}” is not a repository address: it should look like https://charts.example.com.`);
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
    throw new RepoFetchError(`Only http(s) repositories can be fetched here (${parsed.protocol} given); for oci:// run helm pull and drop the .tgz.`);
  }
  return trimmed;
}

async function readCapped(response: Response, cap: number, what: string): Promise<Uint8Array> {
  const declared = Number(response.headers.get('content-length') ?? '0');
  if (declared > cap) throw new RepoFetchError(`${what} is ${Math.round(declared / 1048576)} MB, over the ${cap / 1048576} MB this page reads.`);
  const reader = response.body?.getReader();
  if (!reader) return new Uint8Array(await response.arrayBuffer());
  const parts: Uint8Array[] = [];
  let total = 0;
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
    total += chunk.value.byteLength;
    if (total > cap) {
      await reader.cancel();
      throw new RepoFetchError(`${what} is over the ${cap / 1048576} MB this page reads.`);
    }
    parts.push(chunk.value);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.byteLength;
  }
  return out;
}

async function get(fetcher: Fetch, url: string, cap: number, what: string, pull: string): Promise<Uint8Array> {
  let response: Response;
  try {
    response = await fetcher(url);
  } catch {
    throw new RepoFetchError(`The browser could not reach ${url} (the repository does not allow pages of other sites to read it, or you are offline).`, pull);
  }
  if (!response.ok) throw new RepoFetchError(`${url} answered ${response.status} ${response.statusText}.`, pull);
  return readCapped(response, cap, what);
}

interface IndexEntry {
  version?: unknown;
  urls?: unknown;
}

/** Picks the requested version (or the first listed, which helm's index keeps newest first). */
export function pickChartUrl(indexText: string, request: RepoRequest, repoUrl: string): { url: string; version: string } {
  let index: unknown;
  try {
    index = load(indexText, { json: true });
  } catch (e) {
    throw new RepoFetchError(`The repository's index.yaml could not be read: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`);
  }
  const entries = (index as { entries?: unknown } | null)?.entries;
  const list = typeof entries === 'object' && entries !== null && Object.hasOwn(entries, request.chart) ? (entries as Record<string, unknown>)[request.chart] : undefined;
  if (!Array.isArray(list) || list.length === 0) throw new RepoFetchError(`The repository has no chart named “${request.chart}”.`);
  const wanted = request.version.trim();
  const entry = (wanted ? list.find((e: IndexEntry) => String(e?.version) === wanted) : list[0]) as IndexEntry | undefined;
  if (!entry) throw new RepoFetchError(`The repository has no version ${wanted} of ${request.chart}.`);
  const first = Array.isArray(entry.urls) ? entry.urls[0] : undefined;
  if (typeof first !== 'string') throw new RepoFetchError(`The index lists no download for ${request.chart} ${String(entry.version)}.`);
  return { url: new URL(first, `${repoUrl}/`).toString(), version: String(entry.version) };
}

/** index.yaml, then the chart's .tgz; errors say what failed and how to get the chart by hand. */
export async function fetchChartArchive(request: RepoRequest, fetcher: Fetch = (url) => fetch(url)): Promise<{ bytes: Uint8Array; version: string; repoUrl: string }> {
  const repoUrl = normaliseRepoUrl(request.repoUrl);
  const chart = request.chart.trim();
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(chart)) throw new RepoFetchError('A chart name holds letters, digits, dots, dashes and underscores.');
  const pull = helmPullCommand({ repoUrl, chart, version: request.version.trim() });
  const indexBytes = await get(fetcher, `${repoUrl}/index.yaml`, MAX_INDEX_BYTES, 'The index', pull);
  const { url, version } = pickChartUrl(new TextDecoder().decode(indexBytes), { ...request, chart }, repoUrl);
  const bytes = await get(fetcher, url, MAX_CHART_BYTES, 'The chart archive', pull);
  return { bytes, version, repoUrl };
}
