// A small DER (ASN.1) writer and reader: enough for X.509 certificates, PKCS#1/#8 and SEC1 keys.
// Writers build byte arrays bottom-up; the reader checks lengths and never reads past its input.
import { concatBytes } from '../../bytes';

export class DerError extends Error {}

function lengthBytes(n: number): number[] {
  if (n < 0x80) return [n];
  const bytes: number[] = [];
  for (let v = n; v > 0; v = Math.floor(v / 256)) bytes.unshift(v & 0xff);
  return [0x80 | bytes.length, ...bytes];
}

export function tlv(tag: number, content: Uint8Array): Uint8Array {
  const head = [tag, ...lengthBytes(content.length)];
  const out = new Uint8Array(head.length + content.length);
  out.set(head);
  out.set(content, head.length);
  return out;
}

export const TAG = {
  boolean: 0x01,
  integer: 0x02,
  bitString: 0x03,
  octetString: 0x04,
  null: 0x05,
  oid: 0x06,
  utf8String: 0x0c,
  printableString: 0x13,
  ia5String: 0x16,
  utcTime: 0x17,
  generalizedTime: 0x18,
  sequence: 0x30,
  set: 0x31,
} as const;

export const seq = (...parts: Uint8Array[]): Uint8Array => tlv(TAG.sequence, concatBytes(parts));
export const set = (...parts: Uint8Array[]): Uint8Array => tlv(TAG.set, concatBytes(parts));
export const octetString = (b: Uint8Array): Uint8Array => tlv(TAG.octetString, b);
export const derNull = (): Uint8Array => Uint8Array.of(TAG.null, 0);
export const derTrue = (): Uint8Array => Uint8Array.of(TAG.boolean, 1, 0xff);
/** A BIT STRING of whole bytes, or with `unused` trailing bits of the last byte. */
export const bitString = (b: Uint8Array, unused = 0): Uint8Array => tlv(TAG.bitString, concatBytes([Uint8Array.of(unused), b]));
/** [n] EXPLICIT: a constructed context tag around an encoded value. */
export const explicit = (n: number, inner: Uint8Array): Uint8Array => tlv(0xa0 | n, inner);
/** [n] IMPLICIT on a primitive value. */
export const implicit = (n: number, content: Uint8Array): Uint8Array => tlv(0x80 | n, content);

/** Big-endian bytes of a non-negative integer, at least `size` long (no sign byte). */
export function bigToBytes(n: bigint, size = 0): Uint8Array {
  if (n < 0n) throw new DerError('negative integer');
  let hex = n.toString(16);
  if (hex.length % 2) hex = '0' + hex;
  const len = Math.max(size, hex === '00' && size > 0 ? 0 : hex.length / 2);
  const out = new Uint8Array(len);
  const raw = hex.length / 2;
  for (let i = 0; i < raw; i++) out[len - raw + i] = parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return out;
}

export function bytesToBig(b: Uint8Array): bigint {
  let hex = '';
  for (const x of b) hex += x.toString(16).padStart(2, '0');
  return hex ? BigInt('0x' + hex) : 0n;
}

/** An INTEGER (two's complement, minimal). */
export function derInt(n: bigint): Uint8Array {
  if (n >= 0n) {
    const b = bigToBytes(n);
    return tlv(TAG.integer, b[0] & 0x80 ? concatBytes([Uint8Array.of(0), b]) : b);
  }
  // Negative: the smallest two's complement byte string.
  let len = 1;
  while (-(1n << BigInt(len * 8 - 1)) > n) len++;
  const b = bigToBytes((1n << BigInt(len * 8)) + n, len);
  return tlv(TAG.integer, b);
}

export function oid(dotted: string): Uint8Array {
  const arcs = dotted.split('.').map((s) => BigInt(s));
  const out: number[] = [];
  const push = (v: bigint) => {
    const groups: number[] = [Number(v & 0x7fn)];
    for (let x = v >> 7n; x > 0n; x >>= 7n) groups.unshift(Number(x & 0x7fn) | 0x80);
    out.push(...groups);
  };
  push(arcs[0] * 40n + arcs[1]);
  for (const a of arcs.slice(2)) push(a);
  return tlv(TAG.oid, Uint8Array.from(out));
}

export function oidToString(content: Uint8Array): string {
  const arcs: bigint[] = [];
  let v = 0n;
  for (let i = 0; i < content.length; i++) {
    v = (v << 7n) | BigInt(content[i] & 0x7f);
    if (!(content[i] & 0x80)) {
      arcs.push(v);
      v = 0n;
    }
  }
  if (arcs.length === 0) throw new DerError('empty object identifier');
  const first = arcs[0] < 80n ? arcs[0] / 40n : 2n;
  return [first, arcs[0] - first * 40n, ...arcs.slice(1)].join('.');
}

const ascii = (s: string): Uint8Array => Uint8Array.from(s, (c) => c.charCodeAt(0));

/** UTCTime for 1950..2049, GeneralizedTime otherwise, to the second, in UTC (as Go's asn1 marshals). */
export function derTime(msSinceEpoch: number): Uint8Array {
  const d = new Date(msSinceEpoch);
  const y = d.getUTCFullYear();
  const two = (n: number) => String(n).padStart(2, '0');
  const rest = two(d.getUTCMonth() + 1) + two(d.getUTCDate()) + two(d.getUTCHours()) + two(d.getUTCMinutes()) + two(d.getUTCSeconds()) + 'Z';
  if (y >= 1950 && y < 2050) return tlv(TAG.utcTime, ascii(two(y % 100) + rest));
  return tlv(TAG.generalizedTime, ascii(String(y).padStart(4, '0') + rest));
}

// --- reading ---

export interface DerNode {
  readonly tag: number;
  /** The value bytes (a view into the input). */
  readonly content: Uint8Array;
  /** The whole encoding: tag, length and value. */
  readonly raw: Uint8Array;
}

/** One TLV at `offset`; throws DerError on a truncated or non-DER length. */
export function readNode(buf: Uint8Array, offset = 0): DerNode {
  if (offset + 2 > buf.length) throw new DerError('data truncated');
  const tag = buf[offset];
  if ((tag & 0x1f) === 0x1f) throw new DerError('high-tag-number form not supported');
  let len = buf[offset + 1];
  let at = offset + 2;
  if (len & 0x80) {
    const count = len & 0x7f;
    if (count === 0 || count > 4) throw new DerError('indefinite or oversized length');
    if (at + count > buf.length) throw new DerError('data truncated');
    len = 0;
    for (let i = 0; i < count; i++) len = len * 256 + buf[at + i];
    at += count;
    if (len < 0x80 || (count > 1 && buf[offset + 2] === 0)) throw new DerError('non-minimal length');
  }
  if (at + len > buf.length) throw new DerError('data truncated');
  return { tag, content: buf.subarray(at, at + len), raw: buf.subarray(offset, at + len) };
}

/** A whole input that must be exactly one TLV. */
export function readOne(buf: Uint8Array): DerNode {
  const n = readNode(buf, 0);
  if (n.raw.length !== buf.length) throw new DerError('trailing data');
  return n;
}

/** The TLVs inside a constructed node (or any byte run). */
export function children(content: Uint8Array): DerNode[] {
  const out: DerNode[] = [];
  for (let at = 0; at < content.length; ) {
    const n = readNode(content, at);
    out.push(n);
    at += n.raw.length;
    if (out.length > 10000) throw new DerError('too many elements');
  }
  return out;
}

export function expectTag(n: DerNode | undefined, tag: number): DerNode {
  if (!n || n.tag !== tag) throw new DerError(`expected tag ${tag}`);
  return n;
}

/** A sequence's elements. */
export function readSeq(n: DerNode | undefined): DerNode[] {
  return children(expectTag(n, TAG.sequence).content);
}

/** A non-negative INTEGER as bigint (negative values are refused: keys never have them). */
export function readUint(n: DerNode | undefined): bigint {
  const c = expectTag(n, TAG.integer).content;
  if (c.length === 0) throw new DerError('empty integer');
  if (c[0] & 0x80) throw new DerError('negative integer');
  return bytesToBig(c);
}

export function readOid(n: DerNode | undefined): string {
  return oidToString(expectTag(n, TAG.oid).content);
}

/** A BIT STRING's bytes (whole bytes only). */
export function readBitString(n: DerNode | undefined): Uint8Array {
  const c = expectTag(n, TAG.bitString).content;
  if (c.length === 0 || c[0] !== 0) throw new DerError('bit string with unused bits');
  return c.subarray(1);
}
