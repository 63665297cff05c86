import { describe, expect, it } from 'vitest';
import { valuesFileName } from './download';

describe('valuesFileName', () => {
  it('names the download after chart and release, so several downloads do not collide', () => {
    expect(valuesFileName('centrifugo', 'release-name')).toBe('centrifugo-values.yaml');
    expect(valuesFileName('centrifugo', 'chat')).toBe('chat-centrifugo-values.yaml');
    expect(valuesFileName('percona-valkey', 'percona-valkey')).toBe('percona-valkey-values.yaml');
  });

  it('keeps only safe characters of whatever a chart or release is called', () => {
    expect(valuesFileName('../evil', 'a/b c')).toBe('a-b-c-evil-values.yaml');
    expect(valuesFileName('', '')).toBe('chart-values.yaml');
  });
});
