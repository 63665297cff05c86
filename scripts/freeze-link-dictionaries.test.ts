import { describe, expect, it } from 'vitest';
import { charts } from '../src/charts';
import { thawDictionary, withCurrentFrozen, type FrozenLinkDictionaries } from '../src/core/shareDictionary';
import { frozenFileText } from './freeze-link-dictionaries';

describe('the committed file text', () => {
  it('parses back into dictionaries that still match their hashes', () => {
    let all: FrozenLinkDictionaries = {};
    for (const chart of charts) all = withCurrentFrozen(all, chart.schema, chart.version).dictionaries;
    const read = JSON.parse(frozenFileText(all)) as FrozenLinkDictionaries;
    expect(Object.keys(read)).toEqual(Object.keys(all));
    for (const [hash, entry] of Object.entries(read)) expect(thawDictionary(hash, entry), hash).toBeDefined();
  });
});
