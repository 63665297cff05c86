import { describe, expect, it } from 'vitest';
import { parseArgs, UsageError } from './args';

describe('parseArgs', () => {
  it('reads the template form with release, chart, repeated files and flags', () => {
    const a = parseArgs(['template', 'my-rel', 'centrifugo', '-f', 'a.yaml', '--values=b.yaml', '--set', 'x=1', '--namespace', 'prod']);
    expect(a.command).toBe('template');
    expect(a.positionals).toEqual(['my-rel', 'centrifugo']);
    expect(a.valueFiles).toEqual(['a.yaml', 'b.yaml']);
    expect(a.sets).toEqual([{ expr: 'x=1', forceString: false }]);
    expect(a.namespace).toBe('prod');
  });

  it('applies every --set before every --set-string, as helm does', () => {
    const a = parseArgs(['values', 'c', '--set-string', 's=1', '--set', 'a=1', '--set=b=2']);
    expect(a.sets.map((s) => s.expr)).toEqual(['a=1', 'b=2', 's=1']);
    expect(a.sets[2].forceString).toBe(true);
  });

  it('splits comma-separated -f lists like helm', () => {
    expect(parseArgs(['values', 'c', '-f', 'a.yaml,b.yaml']).valueFiles).toEqual(['a.yaml', 'b.yaml']);
  });

  it('rejects unknown flags and flags missing their value', () => {
    expect(() => parseArgs(['template', 'c', '--frobnicate'])).toThrow(UsageError);
    expect(() => parseArgs(['template', 'c', '--set'])).toThrow(/needs a value/);
  });
});
