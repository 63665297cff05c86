// Issue 13, item 2: the command line refuses release names and namespaces as helm does, before any
// file is read or written.
import { describe, expect, it } from 'vitest';
import { runCli as cli } from './inMemoryCli';

const REGEX = '^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$';

describe('release names on the command line', () => {
  it.each(['../../x', '/abs', 'x; cmd #', '$(id)', 'x\nhooks:'])('template and bundle refuse %j with helm\'s message', (name) => {
    const template = cli(['template', name, 'centrifugo']);
    expect(template.code).toBe(1);
    expect(template.out).toBe('');
    // What helm v4.1.4 prints for `helm template NAME chart` (the name quoted as Go's %q does).
    expect(template.err[0]).toBe(`Error: release name check failed: release name ${JSON.stringify(name)}: invalid release name, must match regex ${REGEX} and the length must not be longer than 53`);
    const bundle = cli(['bundle', name, 'centrifugo', '-o', 'out.zip']);
    expect(bundle.code).toBe(1);
    expect(bundle.written).toEqual({});
    expect(bundle.err[0]).toMatch(/^Error: release name check failed/);
  });

  it('an empty name is "no name provided"', () => {
    const r = cli(['template', '', 'centrifugo']);
    expect(r.code).toBe(1);
    expect(r.err[0]).toBe('Error: release name check failed: release name "": no name provided');
  });

  it.each([['template'], ['validate'], ['values'], ['bundle']])('%s refuses a namespace Kubernetes refuses', (command) => {
    const argv = [command, 'centrifugo', '--namespace', '../../x', ...(command === 'bundle' ? ['-o', 'out.zip'] : [])];
    const r = cli(argv);
    expect(r.code).toBe(1);
    expect(r.err[0]).toMatch(/^Error: invalid namespace "\.\.\/\.\.\/x": a lowercase RFC 1123 label must consist of/);
    expect(r.written).toEqual({});
  });

  it('an empty --namespace means the default one, as in helm', () => {
    const r = cli(['template', 'ok', 'centrifugo', '--namespace', '']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('namespace: default');
  });

  it('bundle --stack refuses a helmfile release with a bad name', () => {
    const r = cli(['bundle', '--stack', 'helmfile.yaml', '-o', 'out.zip'], {
      'helmfile.yaml': 'releases:\n  - name: "$(id)"\n    namespace: default\n    chart: centrifugal/centrifugo\n',
    });
    expect(r.code).toBe(1);
    expect(r.written).toEqual({});
    expect(r.err.join('\n')).toMatch(/release name check failed: release name "\$\(id\)"/);
  });
});
