import { describe, expect, it } from 'vitest';
import { compileGlob } from './glob';

const NAMES = ['files/a.txt', 'files/empty.txt', 'files/sub/b.conf', 'README.md'];
const pick = (pattern: string) => NAMES.filter(compileGlob(pattern));

// Expected sets printed by helm v4.1.4 with `range $k, $v := .Files.Glob PATTERN`.
describe('compileGlob (gobwas/glob with / as separator)', () => {
  it('* stays within a folder, ** crosses folders', () => {
    expect(pick('files/*')).toEqual(['files/a.txt', 'files/empty.txt']);
    expect(pick('files/**')).toEqual(['files/a.txt', 'files/empty.txt', 'files/sub/b.conf']);
    expect(pick('**.txt')).toEqual(['files/a.txt', 'files/empty.txt']);
    expect(pick('**/b.conf')).toEqual(['files/sub/b.conf']);
    expect(pick('files/**/*.conf')).toEqual(['files/sub/b.conf']);
    expect(pick('*')).toEqual(['README.md']);
  });

  it('? is one non-separator character; classes and alternatives', () => {
    expect(pick('files?a.txt')).toEqual([]);
    expect(pick('files/?.txt')).toEqual(['files/a.txt']);
    expect(pick('files/[a-e]*')).toEqual(['files/a.txt', 'files/empty.txt']);
    expect(pick('files/[!a]*')).toEqual(['files/empty.txt']);
    expect(pick('{README.md,files/a.txt}')).toEqual(['files/a.txt', 'README.md']);
    expect(pick('files/a\\.txt')).toEqual(['files/a.txt']);
  });

  it('a pattern that does not compile matches everything, as helm falls back to **', () => {
    expect(pick('[')).toEqual(NAMES);
    expect(pick('{a,b')).toEqual(NAMES);
  });
});
