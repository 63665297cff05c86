import { describe, expect, it } from 'vitest';
import { parseYamlText } from '../../core/yamlText';
import { keepCommentsText } from './yamlDocumentEdit';

const TEXT = `# Our production settings
replicaCount: 2 # two is enough for now

# The image we pin
image:
  tag: "1.2.3" # keep quoted
  pullPolicy: Always
ingress:
  enabled: true
  hosts:
    - host: a.example.com # main host
`;

function edited(current: string, next: Record<string, unknown>): string {
  const result = keepCommentsText(current, next);
  if (result.kind !== 'edited') throw new Error(`not edited: ${result.kind}`);
  return result.text;
}

describe('keepCommentsText', () => {
  it('changes one value and keeps every comment, the key order and the quoting', () => {
    const text = edited(TEXT, { replicaCount: 5, image: { tag: '1.2.3', pullPolicy: 'Always' }, ingress: { enabled: true, hosts: [{ host: 'a.example.com' }] } });
    expect(text).toBe(TEXT.replace('replicaCount: 2 #', 'replicaCount: 5 #'));
  });

  it('adds new keys, removes gone ones and replaces lists, keeping the rest', () => {
    const next = { replicaCount: 2, image: { tag: '1.2.3' }, ingress: { enabled: false, hosts: [{ host: 'b.example.com' }] }, service: { port: 8080 } };
    const text = edited(TEXT, next);
    expect(text).toContain('# Our production settings');
    expect(text).toContain('replicaCount: 2 # two is enough for now');
    expect(text).toContain('# The image we pin');
    expect(text).toContain('tag: "1.2.3" # keep quoted');
    expect(text).not.toContain('pullPolicy');
    expect(text.indexOf('replicaCount')).toBeLessThan(text.indexOf('image:'));
    expect(text.indexOf('image:')).toBeLessThan(text.indexOf('ingress:'));
    const parsed = parseYamlText(text);
    expect(parsed.ok && parsed.value).toEqual(next);
  });

  it('returns the text untouched when it already holds the values', () => {
    const result = keepCommentsText(TEXT, { replicaCount: 2, image: { tag: '1.2.3', pullPolicy: 'Always' }, ingress: { enabled: true, hosts: [{ host: 'a.example.com' }] } });
    expect(result).toEqual({ kind: 'edited', text: TEXT });
  });

  it('leaves a text with a syntax error alone and says why', () => {
    const result = keepCommentsText('replicaCount: [1, 2\nimage: x\n', { replicaCount: 3 });
    expect(result.kind).toBe('syntax-error');
  });

  it('prints anew what it cannot edit in place (several documents, a scalar, nothing before or after)', () => {
    expect(keepCommentsText('a: 1\n---\nb: 2\n', { a: 2 }).kind).toBe('unsupported');
    expect(keepCommentsText('just text\n', { a: 2 }).kind).toBe('unsupported');
    expect(keepCommentsText('# only a comment\n', { a: 2 }).kind).toBe('unsupported');
    expect(keepCommentsText(TEXT, {}).kind).toBe('unsupported');
  });

  it('keeps strings that look like numbers or booleans strings', () => {
    const text = edited('a: 1 # n\n', { a: '2', b: 'true', c: 'null' });
    const parsed = parseYamlText(text);
    expect(parsed.ok && parsed.value).toEqual({ a: '2', b: 'true', c: 'null' });
    expect(text).toContain('# n');
  });

  it('keeps a key named __proto__ an ordinary key', () => {
    const text = edited('a: 1\n', { a: 1, ['__proto__']: { x: 1 } });
    expect(text).toContain('__proto__');
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });
});
