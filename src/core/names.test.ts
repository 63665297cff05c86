import { describe, it, expect } from 'vitest';
import { chartLabel, helmFullname, helmName, truncateName } from './names';

describe('truncateName', () => {
  it('keeps short names', () => {
    expect(truncateName('release-name-centrifugo')).toBe('release-name-centrifugo');
  });
  it('caps at 63 characters', () => {
    expect(truncateName('a'.repeat(70))).toHaveLength(63);
  });
  it('drops one trailing dash left by the cut, like trimSuffix', () => {
    const name = `${'a'.repeat(62)}-bbb`;
    expect(truncateName(name)).toBe('a'.repeat(62));
    expect(truncateName('abc--')).toBe('abc-');
  });
});

describe('helmFullname', () => {
  it('joins release and chart name', () => {
    expect(helmFullname('release-name', 'centrifugo')).toBe('release-name-centrifugo');
  });
  it('uses the release alone when it contains the name', () => {
    expect(helmFullname('my-centrifugo-prod', 'centrifugo')).toBe('my-centrifugo-prod');
  });
  it('applies nameOverride to the join and the containment test', () => {
    expect(helmFullname('rt', 'centrifugo', 'chat')).toBe('rt-chat');
    expect(helmFullname('chat-eu', 'centrifugo', 'chat')).toBe('chat-eu');
  });
  it('lets fullnameOverride win and caps it', () => {
    expect(helmFullname('rel', 'centrifugo', 'x', 'edge')).toBe('edge');
    expect(helmFullname('rel', 'centrifugo', '', `${'f'.repeat(62)}-tail`)).toBe('f'.repeat(62));
  });
  it('caps the joined name', () => {
    expect(helmFullname('r'.repeat(60), 'centrifugo')).toBe(`${'r'.repeat(60)}-ce`);
  });
});

describe('helmName and chartLabel', () => {
  it('defaults the name to the chart', () => {
    expect(helmName('centrifugo')).toBe('centrifugo');
    expect(helmName('centrifugo', 'rt')).toBe('rt');
  });
  it('builds the chart label and replaces +', () => {
    expect(chartLabel('centrifugo', '13.0.0')).toBe('centrifugo-13.0.0');
    expect(chartLabel('x', '1.0.0+build.5')).toBe('x-1.0.0_build.5');
  });
});
