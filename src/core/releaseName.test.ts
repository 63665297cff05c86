import { describe, expect, it } from 'vitest';
import { evaluate } from './evaluate';
import {
  goQuote, helmReleaseNameMessage, isValidNamespace, isValidReleaseName, kubeNamespaceMessage, NAMESPACE_PARAM, RELEASE_NAME_PARAM,
  releaseCheckMessage, releaseProblems,
} from './releaseName';
import { decodeStackFragment, encodeStackLink } from './bundle/stackLink';
import { importHelmfile } from './bundle/helmfileImport';
import { decodeShareFragment, encodeShareLink } from './share';
import { fakeChart } from './testing/fakeChart';

// The names of issue 13 (item 2), each refused by helm v4.1.4 (`helm template NAME chart`).
const HOSTILE = ['../../x', '/abs', '', 'x; cmd #', '$(id)', 'a\nb', 'x\nhooks:\n- command: sh', 'Abc', 'a..b', 'a-', '.a', 'a_b', 'a'.repeat(54), 'a.-b', '`id`', "x' y"];

describe('release names', () => {
  it('accepts what helm accepts: dot-separated DNS labels up to 53 characters', () => {
    for (const name of ['a', 'release-name', 'a.b', 'a.b-c.d', '1abc', 'a'.repeat(53)]) expect(isValidReleaseName(name), name).toBe(true);
  });

  it.each(HOSTILE.map((n) => [JSON.stringify(n), n]))('refuses %s', (_label, name) => {
    expect(isValidReleaseName(name)).toBe(false);
    expect(releaseCheckMessage({ name, namespace: 'default' })).toBeDefined();
  });

  it('words the refusal as helm v4.1.4 prints it', () => {
    // `helm template '../../x' chart`, `helm template '' chart`, a name with a newline (helm prints %q).
    const regex = '^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$';
    expect(helmReleaseNameMessage('../../x')).toBe(
      `release name check failed: release name "../../x": invalid release name, must match regex ${regex} and the length must not be longer than 53`,
    );
    expect(helmReleaseNameMessage('')).toBe('release name check failed: release name "": no name provided');
    expect(helmReleaseNameMessage('a\nb')).toMatch(/^release name check failed: release name "a\\nb": invalid release name/);
    expect(helmReleaseNameMessage('ok')).toBeUndefined();
  });

  it('quotes names as Go does, on one line, cut when long', () => {
    expect(goQuote('a"b\\c\n\t\u0001')).toBe('"a\\"b\\\\c\\n\\t\\x01"');
    expect(goQuote('ü')).toBe('"ü"');
    expect(goQuote('x'.repeat(100))).toBe(`"${'x'.repeat(80)}"...`);
  });
});

describe('namespaces', () => {
  it('accepts DNS-1123 labels up to 63 characters only', () => {
    expect(isValidNamespace('default')).toBe(true);
    expect(isValidNamespace('a'.repeat(63))).toBe(true);
    for (const ns of ['', 'a.b', 'A', 'a'.repeat(64), '../x', 'a\nb', 'x; rm -rf /']) expect(isValidNamespace(ns), ns).toBe(false);
  });

  it("words the refusal as the Kubernetes API server does", () => {
    expect(kubeNamespaceMessage('Prod')).toBe(
      "invalid namespace \"Prod\": a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')",
    );
    expect(kubeNamespaceMessage('a'.repeat(64))).toMatch(/must be no more than 63 characters$/);
  });
});

describe('release problems', () => {
  it('are error problems naming the release fields', () => {
    const problems = releaseProblems({ name: 'x; cmd #', namespace: 'A B' });
    expect(problems.map((p) => [p.id, p.severity, p.params])).toEqual([
      ['release-name', 'error', [RELEASE_NAME_PARAM]],
      ['release-namespace', 'error', [NAMESPACE_PARAM]],
    ]);
    expect(problems[0].message).toContain('"x; cmd #"');
    expect(releaseProblems({ name: 'ok', namespace: 'ok' })).toEqual([]);
  });

  it('come first in every evaluation, so the UI, the CLI and stacks count them', () => {
    const { problems } = evaluate(fakeChart, {}, { name: '../../x', namespace: 'default' });
    expect(problems[0]).toMatchObject({ id: 'release-name', severity: 'error' });
    expect(evaluate(fakeChart, {}, { name: 'fine', namespace: 'default' }).problems.some((p) => p.id.startsWith('release-'))).toBe(false);
  });
});

describe('every way in refuses a bad name (issue 13, item 2)', () => {
  const names = ['../../x', '/abs', '', 'x; cmd #', '$(id)', 'x\nhooks:'];

  it('share links', () => {
    for (const name of names) {
      const { fragment } = encodeShareLink({ chart: 'fake', release: { name, namespace: 'default' }, values: {} }, { includeSecrets: false, schema: fakeChart.schema });
      // The values open; the release helm refuses is left out, with the reason for the opener.
      const decoded = decodeShareFragment(fragment, fakeChart);
      expect(decoded.ok, JSON.stringify(name)).toBe(true);
      if (decoded.ok) {
        expect(decoded.state.release).toBeUndefined();
        expect(decoded.releaseDropped).toMatch(/release name check failed|no name provided/);
      }
    }
    const { fragment } = encodeShareLink({ chart: 'fake', release: { name: 'ok', namespace: 'a/b' }, values: { a: 1 } }, { includeSecrets: false, schema: fakeChart.schema });
    expect(decodeShareFragment(fragment, fakeChart)).toMatchObject({ ok: true, state: { values: { a: 1 } }, releaseDropped: expect.stringMatching(/invalid namespace "a\/b"/) });
  });

  it('stack links', () => {
    for (const name of names) {
      const stack = { releases: [{ name, namespace: 'default', chart: 'fake', values: {} }], bindings: [] };
      const { fragment } = encodeStackLink(stack, { includeSecrets: false, resolveChart: () => fakeChart });
      expect(decodeStackFragment(fragment).ok, JSON.stringify(name)).toBe(false);
    }
  });

  it('helmfile imports', () => {
    for (const name of names.filter(Boolean)) {
      const text = `releases:\n  - name: ${JSON.stringify(name)}\n    namespace: default\n    chart: x/fake\n`;
      const result = importHelmfile(text, { charts: [fakeChart] });
      expect(result.ok, JSON.stringify(name)).toBe(false);
      expect(result.stack.releases).toEqual([]);
      expect(result.issues.map((i) => i.message).join('\n')).toMatch(/release name check failed/);
    }
    const badNamespace = importHelmfile('releases:\n  - name: ok\n    namespace: "../../x"\n    chart: x/fake\n', { charts: [fakeChart] });
    expect(badNamespace).toMatchObject({ ok: false, stack: { releases: [] } });
  });
});
