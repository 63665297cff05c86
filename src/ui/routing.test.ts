import { describe, expect, it } from 'vitest';
import { STACK_ROUTE as CORE_STACK_ROUTE } from '../core/bundle';
import { chartHref, parseRoute, STACK_HREF, STACK_ROUTE } from './routing';

describe('parseRoute', () => {
  it.each([
    ['', { kind: 'picker' }],
    ['#', { kind: 'picker' }],
    ['#/', { kind: 'picker' }],
    ['#/centrifugo', { kind: 'chart', chartId: 'centrifugo' }],
    ['#/centrifugo/', { kind: 'chart', chartId: 'centrifugo' }],
    ['#/kube%2Dstager', { kind: 'chart', chartId: 'kube-stager' }],
    ['#/centrifugo?', { kind: 'chart', chartId: 'centrifugo' }],
    ['#/centrifugo?s=1.abc', { kind: 'chart', chartId: 'centrifugo', share: '#/centrifugo?s=1.abc' }],
    ['#centrifugo?s=1.abc', { kind: 'chart', chartId: 'centrifugo', share: '#centrifugo?s=1.abc' }],
    ['#/%E0%A4%A', { kind: 'chart', chartId: '%E0%A4%A' }],
    ['#/stack', { kind: 'stack' }],
    ['#/stack/', { kind: 'stack' }],
    ['#/stack?s=1.abc', { kind: 'stack', share: '#/stack?s=1.abc' }],
  ])('%s', (hash, route) => {
    expect(parseRoute(hash)).toEqual(route);
  });

  it('opens the stack page from STACK_HREF', () => {
    expect(parseRoute(STACK_HREF)).toEqual({ kind: 'stack' });
  });

  it('reads the stack path stack links are made with', () => {
    expect(STACK_ROUTE).toBe(CORE_STACK_ROUTE);
  });

  it('round-trips chart ids through chartHref', () => {
    expect(parseRoute(chartHref('a b/c'))).toEqual({ kind: 'chart', chartId: 'a b/c' });
  });
});
