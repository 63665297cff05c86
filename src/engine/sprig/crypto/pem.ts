// PEM as Go's encoding/pem writes it (64-character base64 lines, no headers) and reads it: the first
// well-formed BEGIN/END block of the text, skipping leading junk and malformed blocks.
import { base64Decode, base64Encode } from '../encoding';

export interface PemBlock {
  readonly type: string;
  readonly bytes: Uint8Array;
}

export function pemEncode(type: string, bytes: Uint8Array): string {
  const b64 = base64Encode(bytes);
  let out = `-----BEGIN ${type}-----\n`;
  for (let i = 0; i < b64.length; i += 64) out += b64.slice(i, i + 64) + '\n';
  return out + `-----END ${type}-----\n`;
}

const BEGIN = '-----BEGIN ';
const DASHES = '-----';

/** The first valid block, or null (Go's pem.Decode returning a nil block). */
export function pemDecode(text: string): PemBlock | null {
  for (let from = 0; ; ) {
    const start = text.indexOf(BEGIN, from);
    if (start < 0) return null;
    from = start + BEGIN.length;
    // Go only accepts BEGIN at the start of the input or of a line.
    if (start > 0 && text[start - 1] !== '\n') continue;
    const lineEnd = text.indexOf('\n', from);
    const typeLine = (lineEnd < 0 ? text.slice(from) : text.slice(from, lineEnd)).replace(/[ \t\r]+$/, '');
    if (lineEnd < 0 || !typeLine.endsWith(DASHES)) continue;
    const type = typeLine.slice(0, -DASHES.length);
    const endMarker = `\n-----END ${type}${DASHES}`;
    const end = text.indexOf(endMarker, lineEnd);
    if (end < 0) continue;
    const after = text.slice(end + endMarker.length).match(/^[ \t\r]*(\n|$)/);
    if (!after) continue;
    let body = text.slice(lineEnd + 1, end + 1);
    // Headers ("Key: value" lines) end at an empty line.
    if (/^[^\n]*:/.test(body)) {
      const blank = body.search(/\r?\n\r?\n/);
      if (blank < 0) continue;
      body = body.slice(blank).replace(/^\r?\n\r?\n/, '');
    }
    const decoded = base64Decode(body.replace(/[ \t\r\n]/g, ''));
    if (typeof decoded === 'string') continue;
    return { type, bytes: decoded };
  }
}
