// Sprig's encryptAES / decryptAES: AES-256-CBC, the key being the password's first 32 bytes padded
// with zeros, PKCS#7 padding added on encryption and stripped unchecked on decryption, the random
// IV in front, base64. Go's runtime panics on short or ragged input surface as its messages.
import { cbc } from '@noble/ciphers/aes.js';
import { base64Decode, base64Encode } from '../encoding';
import { fromUtf8, utf8 } from '../text';
import { randomBytes } from './bigmath';

const BLOCK = 16;

function aesKey(password: string): Uint8Array {
  const key = new Uint8Array(32);
  key.set(utf8(password).subarray(0, 32));
  return key;
}

export function encryptAES(password: string, plaintext: string): string {
  if (plaintext === '') return '';
  const content = utf8(plaintext);
  const pad = BLOCK - (content.length % BLOCK);
  const padded = new Uint8Array(content.length + pad);
  padded.set(content);
  padded.fill(pad, content.length);
  const iv = randomBytes(BLOCK);
  const body = cbc(aesKey(password), iv, { disablePadding: true }).encrypt(padded);
  const out = new Uint8Array(BLOCK + body.length);
  out.set(iv);
  out.set(body, BLOCK);
  return base64Encode(out);
}

export function decryptAES(password: string, crypt64: string): string {
  if (crypt64 === '') return '';
  const crypt = base64Decode(crypt64);
  if (typeof crypt === 'string') throw new Error(crypt);
  if (crypt.length < BLOCK) throw new Error(`runtime error: slice bounds out of range [:${BLOCK}] with capacity ${crypt.length}`);
  const body = crypt.subarray(BLOCK);
  if (body.length % BLOCK !== 0) throw new Error('crypto/cipher: input not full blocks');
  if (body.length === 0) throw new Error('runtime error: index out of range [-1]');
  const plain = cbc(aesKey(password), crypt.slice(0, BLOCK), { disablePadding: true }).decrypt(body);
  const end = plain.length - plain[plain.length - 1];
  if (end < 0) throw new Error(`runtime error: slice bounds out of range [:${end}]`);
  return fromUtf8(plain.subarray(0, end));
}
