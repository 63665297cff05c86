import { describe, expect, it } from 'vitest';
import { fetchChartArchive, pickChartUrl, RepoFetchError } from './repoFetch';

const INDEX = `apiVersion: v1
entries:
  greeter:
    - version: 0.3.0
      urls: [greeter-0.3.0.tgz]
    - version: 0.2.0
      urls: [https://cdn.example.org/greeter-0.2.0.tgz]
`;

function response(body: string | Uint8Array, status = 200): Response {
  // A copy on a plain ArrayBuffer: Response does not take views of shared memory.
  const data = typeof body === 'string' ? body : new Blob([body.slice()]);
  return new Response(data, { status, statusText: status === 200 ? 'OK' : 'Not Found' });
}

describe('pickChartUrl', () => {
  it('takes the newest listed version by default and resolves relative addresses against the repository', () => {
    expect(pickChartUrl(INDEX, { repoUrl: '', chart: 'greeter', version: '' }, 'https://charts.example.com/sub')).toEqual({
      url: 'https://charts.example.com/sub/greeter-0.3.0.tgz',
      version: '0.3.0',
    });
    expect(pickChartUrl(INDEX, { repoUrl: '', chart: 'greeter', version: '0.2.0' }, 'https://charts.example.com')).toEqual({
      url: 'https://cdn.example.org/greeter-0.2.0.tgz',
      version: '0.2.0',
    });
  });

  it('says which chart or version is missing, and never reads inherited keys as charts', () => {
    expect(() => pickChartUrl(INDEX, { repoUrl: '', chart: 'nope', version: '' }, 'https://x')).toThrow('no chart named “nope”');
    expect(() => pickChartUrl(INDEX, { repoUrl: '', chart: 'greeter', version: '9.9.9' }, 'https://x')).toThrow('no version 9.9.9');
    expect(() => pickChartUrl(INDEX, { repoUrl: '', chart: 'constructor', version: '' }, 'https://x')).toThrow('no chart named');
  });
});

describe('fetchChartArchive', () => {
  it('fetches index.yaml, then the archive, only from the addresses the index names', async () => {
    const asked: string[] = [];
    const bytes = new Uint8Array([31, 139, 8]);
    const result = await fetchChartArchive({ repoUrl: 'https://charts.example.com/', chart: 'greeter', version: '' }, async (url) => {
      asked.push(url);
      return url.endsWith('index.yaml') ? response(INDEX) : response(bytes);
    });
    expect(asked).toEqual(['https://charts.example.com/index.yaml', 'https://charts.example.com/greeter-0.3.0.tgz']);
    expect(result).toMatchObject({ version: '0.3.0', repoUrl: 'https://charts.example.com' });
    expect([...result.bytes]).toEqual([31, 139, 8]);
  });

  it('when the browser cannot reach the repository, says so and gives the quoted helm pull command', async () => {
    const failure = await fetchChartArchive({ repoUrl: 'https://charts.example.com', chart: 'greeter', version: '0.3.0' }, async () => {
      throw new TypeError('Failed to fetch');
    }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(RepoFetchError);
    expect((failure as RepoFetchError).message).toMatch(/could not reach https:\/\/charts\.example\.com\/index\.yaml/);
    expect((failure as RepoFetchError).pullCommand).toBe("helm pull 'greeter' --repo 'https://charts.example.com' --version '0.3.0'");
  });

  it('refuses what is not an http(s) repository or a chart name before asking anything', async () => {
    const never = async (): Promise<Response> => {
      throw new Error('must not fetch');
    };
    await expect(fetchChartArchive({ repoUrl: 'oci://ghcr.io/x', chart: 'a', version: '' }, never)).rejects.toThrow(/Only http\(s\) repositories/);
    await expect(fetchChartArchive({ repoUrl: 'https://x', chart: "a'; rm -rf /", version: '' }, never)).rejects.toThrow(/A chart name holds/);
  });

  it('stops reading an answer past its size cap', async () => {
    const huge = new Response(new ReadableStream({
      pull(controller) {
        controller.enqueue(new Uint8Array(1024 * 1024));
      },
    }));
    await expect(fetchChartArchive({ repoUrl: 'https://x', chart: 'greeter', version: '' }, async () => huge)).rejects.toThrow(/over the 30 MB/);
  });
});
