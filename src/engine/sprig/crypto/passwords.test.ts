import { compareSync } from 'bcryptjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCrypto } from '../crypto';
import { call } from '../testkit';

beforeAll(() => loadCrypto());

describe('derivePassword', () => {
  // Printed by helm v4.1.4 (the algorithm is deterministic).
  const cases: [bigint, string, string, string, string, string][] = [
    [1n, 'long', 'password', 'user', 'example.com', 'ZedaFaxcZaso9*'],
    [3n, 'maximum', 'pässwörd', 'üser', 'exämple.com', 'Y4;@CfH@PVIYtNAMYuUu'],
    [0n, 'pin', '', '', '', '2847'],
    [1n, 'basic', 'p', 'u', 's', 'tGf1NEr0'],
    [1n, 'medium', 'p', 'u', 's', 'Rud1@Nel'],
    [1n, 'short', 'p', 'u', 's', 'Rud1'],
    [4294967295n, 'long', 'p', 'u', 's', 'TevwJixhQoko8:'],
  ];
  it("equals helm's output", () => {
    for (const [counter, type, password, user, site, want] of cases) {
      expect(call('derivePassword', counter, type, password, user, site)).toBe(want);
    }
  }, 60_000);

  it("answers an unknown template with Sprig's message, even for inherited names", () => {
    expect(call('derivePassword', 1n, 'nope', 'p', 'u', 's')).toBe('cannot find password template nope');
    expect(call('derivePassword', 1n, 'constructor', 'p', 'u', 's')).toBe('cannot find password template constructor');
  });
});

describe('bcrypt and htpasswd', () => {
  it('makes $2a$10$ hashes that verify, and verifies one helm made', () => {
    const h = String(call('bcrypt', 'hello'));
    expect(h).toMatch(/^\$2a\$10\$[./A-Za-z0-9]{53}$/);
    expect(compareSync('hello', h)).toBe(true);
    expect(compareSync('hellO', h)).toBe(false);
    expect(compareSync('hello', '$2a$10$/55FSH9WN4Btb2QfYHErwO6LmDARvbP4yh.yHoq/cinbmkceNlYY6')).toBe(true);
  });

  it('refuses more than 72 bytes as Go does, in its message', () => {
    expect(call('bcrypt', 'a'.repeat(73))).toBe('failed to encrypt string with bcrypt: bcrypt: password length exceeds 72 bytes');
    expect(call('bcrypt', 'é'.repeat(37))).toBe('failed to encrypt string with bcrypt: bcrypt: password length exceeds 72 bytes');
    expect(String(call('bcrypt', 'a'.repeat(72)))).toMatch(/^\$2a\$10\$/);
  });

  it('htpasswd takes two arguments (Sprig 3.3.0) and refuses a colon in the user', () => {
    const line = String(call('htpasswd', 'user', 'pw'));
    expect(line).toMatch(/^user:\$2a\$10\$/);
    expect(compareSync('pw', line.slice(5))).toBe(true);
    expect(call('htpasswd', 'us:er', 'pw')).toBe('invalid username: us:er');
    expect(() => call('htpasswd', 'u', 'p', 'sha')).toThrow('wrong number of args for htpasswd: want 2 got 3');
  });
});
