import { describe, expect, it } from 'vitest';
import { readValuesDocs } from './valuesComments';

describe('readValuesDocs', () => {
  it('follows nesting by indentation and ignores what looks like keys inside block scalars and list items', () => {
    const text = [
      'config:',
      '  # -- The server configuration file',
      '  file: |',
      '    # not a comment of ours',
      '    listen: 8080',
      '  # -- Log level',
      '  level: info',
      'sidecars:',
      '  # -- not a parameter (inside a list item)',
      '  - name: proxy',
      '    # -- nor this',
      '    image: envoy',
      '# -- Quoted keys with dots',
      '"example.com/key": x',
    ].join('\n');
    const { descriptions } = readValuesDocs(text);
    expect(Object.fromEntries(descriptions)).toEqual({
      'config.file': 'The server configuration file',
      'config.level': 'Log level',
      'example\\.com/key': 'Quoted keys with dots',
    });
  });

  it('keeps the first description of a path and lets Bitnami @param lines win', () => {
    const text = '## @param a.b From Bitnami\na:\n  # -- From helm-docs\n  b: 1\n';
    expect(readValuesDocs(text).descriptions.get('a.b')).toBe('From Bitnami');
  });
});
