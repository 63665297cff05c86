import { describe, expect, it } from 'vitest';
import { loadCrypto, prepareCrypto } from './crypto';
import { call } from './testkit';

// Runs in its own module graph (vitest isolates files), so the chunk starts unloaded here.
describe('loading the crypto chunk', () => {
  it('fails with a clear message before it is loaded, and loads nothing for templates without crypto', async () => {
    expect(() => call('genCA', 'x', 1n)).toThrow('genCA is not loaded yet: the renderer must await prepareCrypto(templates) first');
    expect(() => call('bcrypt', 'x')).toThrow('bcrypt is not loaded yet');
    await prepareCrypto(['{{ .Values.x | upper }}', '{{ randBytes 4 }}']);
    expect(() => call('encryptAES', 'k', 'v')).toThrow('encryptAES is not loaded yet');
    // Argument checks come first, as the executor's would.
    expect(() => call('genCA', 'x')).toThrow('wrong number of args for genCA: want 2 got 1');
  });

  it('loads on a mention and then runs synchronously', async () => {
    await prepareCrypto(['{{ htpasswd "u" "p" }}']);
    expect(String(call('htpasswd', 'u', 'p'))).toMatch(/^u:\$2a\$10\$/);
    expect(String(call('genPrivateKey', 'ed25519'))).toMatch(/^-----BEGIN PRIVATE KEY-----/);
    expect(await loadCrypto()).toBe(await loadCrypto());
  });

  it('randBytes needs no loading', () => {
    expect(Buffer.from(String(call('randBytes', 12n)), 'base64')).toHaveLength(12);
  });
});
