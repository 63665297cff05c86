import { describe, expect, it } from 'vitest';
import { problemLine, summaryLine } from './format';

describe('problemLine', () => {
  it('puts severity, params, message, why, fix and doc on one line, each a sentence', () => {
    const line = problemLine({
      id: 'x', severity: 'error', message: 'replicaCount is 3', why: 'state lives in one pod\nonly', fix: 'Use redis.',
      params: ['replicaCount', 'config.engine.type'], doc: 'Scaling',
    });
    expect(line).toBe('error [replicaCount, config.engine.type]: replicaCount is 3. state lives in one pod only. Fix: Use redis. (see "Scaling")');
  });

  it('names the line of an imported file and a release prefix', () => {
    expect(problemLine({ id: 'y', severity: 'warning', message: 'unknown key', params: [], line: 4 }, 'web: ')).toBe('web: warning (line 4): unknown key.');
  });
});

describe('summaryLine', () => {
  it('counts by severity', () => {
    expect(summaryLine([
      { id: 'a', severity: 'error', message: '', params: [] },
      { id: 'b', severity: 'info', message: '', params: [] },
    ])).toBe('1 error(s), 0 warning(s), 1 info');
  });
});
