import { describe, expect, it } from 'vitest';
import { findChart } from '../../charts';
import { chartFields, searchFields } from './model';
import { nameWords, rankFields } from './search';

const centrifugo = chartFields(findChart('centrifugo')!.schema);
const kraken = chartFields(findChart('kraken')!.schema);
const ranked = (fields: typeof centrifugo, query: string, n = 3) => rankFields(fields, query, n).map((f) => f.path);

describe('parameter search', () => {
  it('splits camelCase, snake_case and paths into words', () => {
    expect(nameWords('image.pullPolicy')).toEqual(['image', 'pull', 'policy']);
    expect(nameWords('max_memory-policy')).toEqual(['max', 'memory', 'policy']);
    expect(nameWords('tlsCASecret')).toEqual(['tls', 'ca', 'secret']);
  });

  it('finds replicaCount for "replicas" and ranks it first (issue 14)', () => {
    expect(searchFields(centrifugo, 'replicas')?.has('replicaCount')).toBe(true);
    expect(ranked(centrifugo, 'replicas', 1)).toEqual(['replicaCount']);
    expect(ranked(kraken, 'replicas', 2)).toEqual(['backend.replicaCount', 'frontend.replicaCount']);
  });

  it('ranks the parameter named exactly as the query first, then names that contain it', () => {
    expect(ranked(centrifugo, 'env')).toEqual(['env', 'envSecret', 'envFrom']);
    expect(ranked(centrifugo, 'image.pullPolicy', 1)).toEqual(['image.pullPolicy']);
  });

  it('matches words inside names in any order, and needs every word', () => {
    expect(ranked(centrifugo, 'pull policy')).toEqual(['image.pullPolicy']);
    expect(ranked(centrifugo, 'redis address', 1)).toEqual(['config.engine.redis.address']);
    expect(rankFields(centrifugo, 'redis nosuchword')).toEqual([]);
    expect(rankFields(centrifugo, '   ')).toEqual([]);
  });
});
