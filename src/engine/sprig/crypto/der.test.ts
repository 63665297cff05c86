import { describe, expect, it } from 'vitest';
import { DerError, bigToBytes, bytesToBig, children, derInt, derTime, oid, oidToString, readNode, readOne, readUint } from './der';
import { parseIP, sanIPBytes } from './ip';
import { pemDecode, pemEncode } from './pem';

const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');

describe('DER', () => {
  it('writes minimal two\'s complement INTEGERs', () => {
    expect(hex(derInt(0n))).toBe('020100');
    expect(hex(derInt(127n))).toBe('02017f');
    expect(hex(derInt(128n))).toBe('02020080');
    expect(hex(derInt(256n))).toBe('02020100');
    expect(hex(derInt(-1n))).toBe('0201ff');
    expect(hex(derInt(-128n))).toBe('020180');
    expect(hex(derInt(-129n))).toBe('0202ff7f');
    const big = (1n << 1000n) + 12345n;
    expect(readUint(readOne(derInt(big)))).toBe(big);
  });

  it('writes long-form lengths and reads them back', () => {
    const content = new Uint8Array(300);
    const enc = derInt(bytesToBig(Uint8Array.of(1, ...content)));
    expect(hex(enc.subarray(0, 4))).toBe('0282012d');
    expect(readOne(enc).content).toHaveLength(301);
  });

  it('round-trips object identifiers with large arcs', () => {
    for (const o of ['1.2.840.113549.1.1.11', '2.5.29.15', '1.3.101.112', '2.999.1', '1.2.840.10045.3.1.7']) {
      expect(oidToString(readOne(oid(o)).content)).toBe(o);
    }
    expect(hex(oid('1.2.840.113549.1.1.11'))).toBe('06092a864886f70d01010b');
  });

  it('writes UTCTime from 1950 to 2049 and GeneralizedTime outside', () => {
    const text = (ms: number) => Buffer.from(readOne(derTime(ms)).content).toString();
    expect(derTime(Date.UTC(2026, 11, 5, 1, 52, 7))[0]).toBe(0x17);
    expect(text(Date.UTC(2026, 11, 5, 1, 52, 7, 999))).toBe('261205015207Z');
    expect(text(Date.UTC(1950, 0, 1))).toBe('500101000000Z');
    expect(derTime(Date.UTC(2050, 0, 1))[0]).toBe(0x18);
    expect(text(Date.UTC(2300, 8, 20, 1, 54, 15))).toBe('23000920015415Z');
    expect(text(Date.UTC(1881, 2, 8, 15, 9, 50))).toBe('18810308150950Z');
  });

  it('refuses truncated, indefinite and trailing input', () => {
    expect(() => readOne(Uint8Array.of(0x30, 0x05, 0x02))).toThrow(DerError);
    expect(() => readOne(Uint8Array.of(0x30, 0x80, 0, 0))).toThrow(DerError);
    expect(() => readOne(Uint8Array.of(0x02, 0x01, 0x00, 0x00))).toThrow('trailing data');
    expect(() => readNode(Uint8Array.of(0x04, 0x81, 0x05, 1, 2, 3, 4, 5))).toThrow('non-minimal length');
    expect(() => readOne(Uint8Array.of(0x04, 0x84, 0xff, 0xff, 0xff, 0xff))).toThrow('data truncated');
    expect(children(new Uint8Array(0))).toEqual([]);
    expect(() => readUint(readOne(Uint8Array.of(0x02, 0x01, 0x80)))).toThrow('negative integer');
  });

  it('converts between bytes and bigints, padding to a size', () => {
    expect(hex(bigToBytes(1n, 4))).toBe('00000001');
    expect(hex(bigToBytes(0n))).toBe('00');
    expect(hex(bigToBytes(0n, 2))).toBe('0000');
    expect(bytesToBig(Uint8Array.of(1, 0))).toBe(256n);
  });
});

describe('PEM', () => {
  it('writes 64-character lines and reads its own output', () => {
    const bytes = Uint8Array.from({ length: 100 }, (_, i) => i);
    const pem = pemEncode('TEST', bytes);
    expect(pem.split('\n').map((l) => l.length)).toEqual([20, 64, 64, 8, 18, 0]);
    expect(pemDecode(pem)).toEqual({ type: 'TEST', bytes });
  });

  it('skips headers, junk before the block and blocks it cannot read; gives null when none', () => {
    const good = pemEncode('A', Uint8Array.of(1, 2, 3));
    expect(pemDecode('junk\n-----BEGIN B-----\n@@@\n-----END B-----\n' + good)?.type).toBe('A');
    expect(pemDecode('-----BEGIN A-----\nProc-Type: 4,ENCRYPTED\n\nAQID\n-----END A-----\n')?.bytes).toEqual(Uint8Array.of(1, 2, 3));
    expect(pemDecode('-----BEGIN A-----\nAQID\n-----END B-----\n')).toBeNull();
    expect(pemDecode('no pem here')).toBeNull();
    expect(pemDecode('x-----BEGIN A-----\nAQID\n-----END A-----\n')).toBeNull();
  });
});

describe('parseIP (Go net.ParseIP)', () => {
  const ip = (s: string) => {
    const p = parseIP(s);
    return p && hex(sanIPBytes(p));
  };
  it('reads IPv4, IPv6, and IPv4-mapped IPv6 (written as 4 bytes, as x509 does)', () => {
    expect(ip('10.0.0.1')).toBe('0a000001');
    expect(ip('::1')).toBe('00000000000000000000000000000001');
    expect(ip('::')).toBe('0'.repeat(32));
    expect(ip('::ffff:1.2.3.4')).toBe('01020304');
    expect(ip('2001:db8::8a2e:370:7334')).toBe('20010db8000000000000' + '8a2e03707334');
    expect(ip('1:2:3:4:5:6:7:8')).toBe('00010002000300040005000600070008');
    expect(ip('64:ff9b::192.0.2.33')).toBe('0064ff9b0000000000000000c0000221');
  });
  it('refuses what Go refuses', () => {
    for (const bad of ['', 'nope', '1.2.3', '1.2.3.4.5', '256.1.1.1', '1.02.3.4', '1::2::3', '1:2:3:4:5:6:7:8:9', ':1', 'fe80::1%eth0', '1.2.3.4::', '12345::', ' 1.2.3.4']) {
      expect(parseIP(bad), bad).toBeNull();
    }
  });
});
