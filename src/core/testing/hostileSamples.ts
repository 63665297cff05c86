// Hostile inputs shared by the tests and the fuzz script.

/** 342 bytes that expand to 9^9 strings ("billion laughs"); helm answers "excessive aliasing". */
export const ALIAS_BOMB = [
  'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
  ...'bcdefghi'.split('').map((k, i) => `${k}: &${k} [${Array(9).fill(`*${'abcdefgh'[i]}`).join(',')}]`),
].join('\n') + '\n';

/** JSON of a map nested `levels` deep: {"a":{"a":...1}}. */
export const nestedJson = (levels: number): string => `${'{"a":'.repeat(levels)}1${'}'.repeat(levels)}`;
