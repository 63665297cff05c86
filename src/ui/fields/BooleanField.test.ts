import { describe, expect, it } from 'vitest';
import { switchName } from './BooleanField';

describe('switchName', () => {
  it('names a switch by its whole path, so three "enabled" switches sound different', () => {
    expect(switchName('ingress.enabled')).toBe('ingress enabled');
    expect(switchName('serviceInternal.enabled')).toBe('serviceInternal enabled');
    expect(switchName('extraContainers[0].enabled')).toBe('extraContainers 0 enabled');
    expect(switchName('annotations.example\\.com/on')).toBe('annotations example.com/on');
  });
});
