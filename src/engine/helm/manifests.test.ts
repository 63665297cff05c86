import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import type { GoValue } from '../value';
import { goTrimSpace, sortManifests, splitManifests, templateOutput, type YamlReader } from './manifests';

// A stand-in reader: these tests are about splitting and ordering, not YAML details.
const reader: YamlReader = {
  parse: (text) => {
    if (/^(\s*#.*\n?)*\s*$/.test(text)) return null;
    try {
      return (load(text) ?? null) as GoValue;
    } catch {
      throw new Error('yaml: line 1: mapping values are not allowed in this context');
    }
  },
  formatScalar: (v) => String(v),
};

describe('splitManifests (releaseutil.SplitManifests)', () => {
  it('splits at --- lines, trims, drops empty documents', () => {
    expect(splitManifests('a: 1\n---\nb: 2\n---\n\n')).toEqual(['a: 1', 'b: 2']);
    // the separator's trailing \s* eats the newlines a following --- would need (Go's regexp does the same)
    expect(splitManifests('a: 1\n---\n\n---\n')).toEqual(['a: 1', '---']);
  });
  it('a separator swallows the spaces after it, so a second --- right after stays in the document', () => {
    // helm 4.1.4 printed "---   \napiVersion: apps/v1..." for this input
    expect(splitManifests('x: 1\n---\n---   \nkind: Deployment')).toEqual(['x: 1', '---   \nkind: Deployment']);
  });
  it('text right after --- on the same line starts the next document', () => {
    expect(splitManifests('kind: Namespace\n---foo: 1\n')).toEqual(['kind: Namespace', 'foo: 1']);
  });
  it('goTrimSpace trims what Go trims', () => {
    expect(goTrimSpace('\u0085 a \u00a0')).toBe('a');
    expect(goTrimSpace('\ufeffa')).toBe('\ufeffa');
  });
});

describe('sortManifests + templateOutput', () => {
  // The chart of /tmp/e4b/ord (our own), with the order helm 4.1.4 printed.
  const files = new Map<string, string>([
    ['ord/templates/b.yaml', [
      '# leading comment', '---', 'apiVersion: v1\nkind: Service\nmetadata:\n  name: svc', '---',
      'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: dep', '---',
      'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cm2', '---', 'kind: Zebra', '---', 'kind: Alpha', '---',
      'apiVersion: v1\nkind: Pod\nmetadata:\n  name: hook1\n  annotations:\n    "helm.sh/hook": post-install', '---',
      'apiVersion: v1\nkind: Pod\nmetadata:\n  name: t1\n  annotations:\n    "helm.sh/hook": test', '---',
      'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: hookcm\n  annotations:\n    "helm.sh/hook": pre-install,bogus', '---',
      'apiVersion: v1\nkind: Secret\nmetadata:\n  name: hooksec\n  annotations:\n    "helm.sh/hook": " Pre-Install "', '---',
      'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: annotated\n  annotations:\n    foo: bar',
    ].join('\n')],
    ['ord/templates/a.yaml', 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cm1\n\n\n'],
    ['ord/templates/empty.yaml', '\n\n  \n'],
    ['ord/templates/helpers.tpl', 'helpers:'],
    ['ord/templates/sub/z.yaml', 'kind: Namespace\nmetadata:\n  name: ns\n---foo: 1\n'],
    ['ord/charts/child/templates/sa.yaml', 'apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: childsa\n'],
  ]);

  it('orders by kind, keeps file order within a kind, puts hooks after, skips unknown hook events', () => {
    const { manifests, hooks } = sortManifests(files, reader);
    expect(manifests.map((m) => `${m.source.slice(4)}:${m.kind}`)).toEqual([
      'templates/sub/z.yaml:Namespace',
      'charts/child/templates/sa.yaml:ServiceAccount',
      'templates/a.yaml:ConfigMap',
      'templates/b.yaml:ConfigMap',
      'templates/b.yaml:ConfigMap',
      'templates/b.yaml:Service',
      'templates/b.yaml:Deployment',
      'templates/b.yaml:',
      'templates/helpers.tpl:',
      'templates/sub/z.yaml:',
      'templates/b.yaml:Alpha',
      'templates/b.yaml:Zebra',
    ]);
    expect(hooks.map((h) => h.content.match(/name: (\w+)/)![1])).toEqual(['hooksec', 'hook1', 't1']);
    expect(hooks[0].hook).toEqual(['pre-install']);
  });

  it('prints the manifests trimmed, then each hook, as helm template does', () => {
    const { manifests, hooks } = sortManifests(files, reader);
    const text = templateOutput([], manifests, hooks);
    expect(text.startsWith('---\n# Source: ord/templates/sub/z.yaml\nkind: Namespace\nmetadata:\n  name: ns\n---\n# Source: ord/charts/child/templates/sa.yaml\n')).toBe(true);
    expect(text).toContain('---\n# Source: ord/templates/b.yaml\n# leading comment\n---\n# Source: ord/templates/helpers.tpl\nhelpers:\n');
    expect(text.endsWith('kind: Zebra\n---\n# Source: ord/templates/b.yaml\napiVersion: v1\nkind: Secret\nmetadata:\n  name: hooksec\n  annotations:\n    "helm.sh/hook": " Pre-Install "\n---\n# Source: ord/templates/b.yaml\napiVersion: v1\nkind: Pod\nmetadata:\n  name: hook1\n  annotations:\n    "helm.sh/hook": post-install\n---\n# Source: ord/templates/b.yaml\napiVersion: v1\nkind: Pod\nmetadata:\n  name: t1\n  annotations:\n    "helm.sh/hook": test\n')).toBe(true);
    expect(templateOutput([], manifests, hooks, true)).not.toContain('name: t1');
  });

  it('prints CRDs first with their text untouched, and a lone newline when nothing renders', () => {
    const crd = { source: 'ord/crds/crd1.yaml', content: 'kind: CustomResourceDefinition\n', kind: 'CustomResourceDefinition', crd: true };
    expect(templateOutput([crd], [], [])).toBe('---\n# Source: ord/crds/crd1.yaml\nkind: CustomResourceDefinition\n');
    expect(templateOutput([], [], [])).toBe('\n');
  });

  it('words documents helm cannot read as helm does', () => {
    const one = (doc: string) => () => sortManifests(new Map([['c/templates/x.yaml', doc]]), reader);
    expect(one('- a')).toThrow('YAML parse error on c/templates/x.yaml: error unmarshaling JSON: while decoding JSON: json: cannot unmarshal array into Go value of type util.SimpleHead');
    expect(one('5')).toThrow('cannot unmarshal number into Go value of type util.SimpleHead');
    expect(one('kind: [a]')).toThrow('json: cannot unmarshal array into Go struct field SimpleHead.kind of type string');
    expect(one('metadata:\n  annotations: x')).toThrow('json: cannot unmarshal string into Go struct field .metadata.annotations of type map[string]string');
    expect(one('metadata: 7')).toThrow(
      'json: cannot unmarshal number into Go struct field SimpleHead.metadata of type struct { Name string "json:\\"name\\""; Annotations map[string]string "json:\\"annotations\\"" }',
    );
    expect(one('a: b: c')).toThrow('YAML parse error on c/templates/x.yaml: error converting YAML to JSON: yaml: line 1: mapping values');
    // scalars read into the string fields, as sigs.k8s.io/yaml converts them
    expect(one('kind: 5\nmetadata:\n  name: 5\n  annotations:\n    a: 1')().manifests[0].kind).toBe('5');
  });

  it('reads each document text once; a remembered error still names the file it is in now', () => {
    let parses = 0;
    const counting: YamlReader = { parse: (t) => (parses++, reader.parse(t)), formatScalar: reader.formatScalar };
    const docs = new Map([
      ['c/templates/a.yaml', 'kind: Service\nmetadata:\n  name: s\n  annotations:\n    "helm.sh/hook": pre-install'],
      ['c/templates/b.yaml', 'kind: Service\nmetadata:\n  name: s\n  annotations:\n    "helm.sh/hook": pre-install'],
    ]);
    const first = sortManifests(docs, counting);
    const again = sortManifests(docs, counting);
    expect(parses).toBe(1);
    expect(again).toEqual(first);
    expect(first.hooks.map((h) => `${h.source}:${h.kind}:${h.hook?.join()}`)).toEqual(['c/templates/a.yaml:Service:pre-install', 'c/templates/b.yaml:Service:pre-install']);
    const bad = (path: string) => () => sortManifests(new Map([[path, '- a']]), counting);
    expect(bad('c/templates/one.yaml')).toThrow(/^YAML parse error on c\/templates\/one.yaml: error unmarshaling JSON/);
    expect(bad('c/templates/two.yaml')).toThrow(/^YAML parse error on c\/templates\/two.yaml: error unmarshaling JSON/);
    expect(parses).toBe(2);
  });

  it('hands out the fast reading of each document as a copy of its own, none when only the exact reader could read it', () => {
    const fast: YamlReader = {
      ...reader,
      parseFast: (t) => {
        if (t.includes('odd')) throw new Error('fast reader refuses');
        return load(t);
      },
    };
    const docs = new Map([['c/templates/a.yaml', 'kind: ConfigMap\nmetadata:\n  name: a\ndata:\n  k: v\n---\nkind: Secret\nodd: 1']]);
    const first = sortManifests(docs, fast).manifests;
    expect(first.map((m) => m.object)).toEqual([undefined, { kind: 'ConfigMap', metadata: { name: 'a' }, data: { k: 'v' } }]);
    ((first[1].object as { data: { k: string } }).data).k = 'changed';
    const second = sortManifests(docs, fast).manifests;
    expect(second[1].object).toEqual({ kind: 'ConfigMap', metadata: { name: 'a' }, data: { k: 'v' } });
    expect(second[0].kind).toBe('Secret');
  });
});
