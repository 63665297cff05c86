// Sprig's bcrypt, htpasswd (v3.3.0: two arguments, always bcrypt) and derivePassword (the Master
// Password algorithm: scrypt of the master password salted with the user, HMAC-SHA256 of the site
// and counter choosing a template and its characters). derivePassword is deterministic and its
// scrypt costs ~100-250 ms, so derived keys are cached per (password, user).
import { encodeBase64, hashSync } from 'bcryptjs';
import { hmac } from '@noble/hashes/hmac.js';
import { scrypt } from '@noble/hashes/scrypt.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { concatBytes } from '../../bytes';
import { randomBytes } from './bigmath';
import { byteLength, utf8 } from '../text';

const BCRYPT_COST = 10;
const BCRYPT_MAX_BYTES = 72;

// A hash costs ~80 ms, too much per keystroke: a password hashed before gets the same hash again.
// Helm's hashes differ per run (random salt), so no one can rely on getting a new one.
const hashCache = new Map<string, string>();
const HASH_CACHE_SIZE = 64;

export function bcrypt(input: string): string {
  if (byteLength(input) > BCRYPT_MAX_BYTES) {
    return 'failed to encrypt string with bcrypt: bcrypt: password length exceeds 72 bytes';
  }
  let hash = hashCache.get(input);
  if (hash === undefined) {
    // Go's x/crypto/bcrypt writes the $2a$ prefix.
    hash = hashSync(input, `$2a$${BCRYPT_COST}$` + encodeBase64(randomBytes(16), 16));
    if (hashCache.size >= HASH_CACHE_SIZE) hashCache.delete(hashCache.keys().next().value as string);
    hashCache.set(input, hash);
  }
  return hash;
}

export function htpasswd(username: string, password: string): string {
  if (username.includes(':')) return `invalid username: ${username}`;
  return `${username}:${bcrypt(password)}`;
}

const SEED = utf8('com.lyndir.masterpassword');

const TEMPLATES: Record<string, readonly string[]> = {
  maximum: ['anoxxxxxxxxxxxxxxxxx', 'axxxxxxxxxxxxxxxxxno'],
  long: [
    'CvcvnoCvcvCvcv', 'CvcvCvcvnoCvcv', 'CvcvCvcvCvcvno', 'CvccnoCvcvCvcv', 'CvccCvcvnoCvcv',
    'CvccCvcvCvcvno', 'CvcvnoCvccCvcv', 'CvcvCvccnoCvcv', 'CvcvCvccCvcvno', 'CvcvnoCvcvCvcc',
    'CvcvCvcvnoCvcc', 'CvcvCvcvCvccno', 'CvccnoCvccCvcv', 'CvccCvccnoCvcv', 'CvccCvccCvcvno',
    'CvcvnoCvccCvcc', 'CvcvCvccnoCvcc', 'CvcvCvccCvccno', 'CvccnoCvcvCvcc', 'CvccCvcvnoCvcc',
    'CvccCvcvCvccno',
  ],
  medium: ['CvcnoCvc', 'CvcCvcno'],
  short: ['Cvcn'],
  basic: ['aaanaaan', 'aannaaan', 'aaannaaa'],
  pin: ['nnnn'],
};

const CHARACTERS: Record<string, string> = {
  V: 'AEIOU',
  C: 'BCDFGHJKLMNPQRSTVWXYZ',
  v: 'aeiou',
  c: 'bcdfghjklmnpqrstvwxyz',
  A: 'AEIOUBCDFGHJKLMNPQRSTVWXYZ',
  a: 'AEIOUaeiouBCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz',
  n: '0123456789',
  o: "@&%?,=[]_:-+*$#!'^~;()/.",
  x: 'AEIOUaeiouBCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz0123456789!@#$%^&*()',
};

function uint32BE(n: number): Uint8Array {
  return Uint8Array.of(n >>> 24, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff);
}

const keyCache = new Map<string, Uint8Array>();
const KEY_CACHE_SIZE = 32;

function masterKey(password: string, user: string): Uint8Array {
  const id = `${password.length}:${password}\u0000${user}`;
  let key = keyCache.get(id);
  if (!key) {
    const u = utf8(user);
    const salt = concatBytes([SEED, uint32BE(u.length), u]);
    key = scrypt(utf8(password), salt, { N: 32768, r: 8, p: 2, dkLen: 64 });
    if (keyCache.size >= KEY_CACHE_SIZE) keyCache.delete(keyCache.keys().next().value as string);
    keyCache.set(id, key);
  }
  return key;
}

export function derivePassword(counter: bigint, passwordType: string, password: string, user: string, site: string): string {
  const templates = Object.prototype.hasOwnProperty.call(TEMPLATES, passwordType) ? TEMPLATES[passwordType] : undefined;
  if (!templates) return `cannot find password template ${passwordType}`;
  const s = utf8(site);
  const message = concatBytes([SEED, uint32BE(s.length), s, uint32BE(Number(BigInt.asUintN(32, counter)))]);
  const seed = hmac(sha256, masterKey(password, user), message);
  const tpl = templates[seed[0] % templates.length];
  let out = '';
  for (let i = 0; i < tpl.length; i++) {
    const chars = CHARACTERS[tpl[i]];
    out += chars[seed[i + 1] % chars.length];
  }
  return out;
}
