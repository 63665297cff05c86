// Text files arrive as bytes; helm refuses a values file that is not UTF-8 ("invalid leading /
// trailing UTF-8 octet") instead of reading replacement characters, and so do we. A leading BOM
// is dropped, as helm does.

export type Utf8Result = { ok: true; text: string } | { ok: false; error: string };

/** Decodes UTF-8 strictly; the error names the offset of the first byte that breaks it. */
export function decodeUtf8(bytes: Uint8Array): Utf8Result {
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { ok: false, error: `it is not valid UTF-8 text (invalid byte at offset ${firstInvalidUtf8(bytes)})` };
  }
}

/** Length of the sequence a lead byte starts and the allowed range of its second byte (Unicode table 3-7). */
function sequence(lead: number): { length: number; low: number; high: number } | undefined {
  if (lead >= 0xc2 && lead <= 0xdf) return { length: 2, low: 0x80, high: 0xbf };
  if (lead === 0xe0) return { length: 3, low: 0xa0, high: 0xbf };
  if ((lead >= 0xe1 && lead <= 0xec) || lead === 0xee || lead === 0xef) return { length: 3, low: 0x80, high: 0xbf };
  if (lead === 0xed) return { length: 3, low: 0x80, high: 0x9f };
  if (lead === 0xf0) return { length: 4, low: 0x90, high: 0xbf };
  if (lead >= 0xf1 && lead <= 0xf3) return { length: 4, low: 0x80, high: 0xbf };
  if (lead === 0xf4) return { length: 4, low: 0x80, high: 0x8f };
  return undefined;
}

/** Offset of the first byte that is not part of a well-formed UTF-8 sequence (-1 when none). */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i];
    if (lead < 0x80) {
      i++;
      continue;
    }
    const seq = sequence(lead);
    if (!seq) return i;
    for (let k = 1; k < seq.length; k++) {
      const b = bytes[i + k];
      const [low, high] = k === 1 ? [seq.low, seq.high] : [0x80, 0xbf];
      if (b === undefined || b < low || b > high) return i + k;
    }
    i += seq.length;
  }
  return -1;
}
