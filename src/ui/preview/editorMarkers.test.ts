import { describe, expect, it } from 'vitest';
import type { Problem } from '../../core/types';
import { markersForText } from './editorMarkers';

const text = 'replicaCount: 3\nresources:\n  limits:\n    cpu: 1\ningress:\n  hosts:\n    - host: a\n';
const problem = (params: string[], severity: Problem['severity'] = 'error', fix?: string): Problem => ({ id: 'x', severity, message: `about ${params.join(',')}`, params, fix });

describe('markersForText', () => {
  it('puts each problem on the line of its first parameter the text holds', () => {
    expect(markersForText(text, [problem(['config.engine.type', 'replicaCount'], 'warning', 'Use redis.')])).toEqual([
      { line: 1, message: 'about config.engine.type,replicaCount\nFix: Use redis.', severity: 'warning' },
    ]);
    expect(markersForText(text, [problem(['resources.limits.cpu'])])[0].line).toBe(4);
    expect(markersForText(text, [problem(['ingress.hosts[0].host'])])[0].line).toBe(7);
  });

  it('falls back to the nearest ancestor, and skips problems about values the text does not hold', () => {
    expect(markersForText(text, [problem(['resources.requests.memory'])])[0].line).toBe(2);
    expect(markersForText(text, [problem(['service.port'])])).toEqual([]);
    expect(markersForText(text, [problem([])])).toEqual([]);
  });
});
