// Go's net.ParseIP, and the bytes x509 writes for an IP in a subjectAltName (4 bytes for IPv4 and
// IPv4-mapped IPv6 addresses, else 16).

function parseIPv4(s: string): number[] | null {
  const parts = s.split('.');
  if (parts.length !== 4) return null;
  const out: number[] = [];
  for (const p of parts) {
    // Go rejects empty fields, more than three digits and leading zeros.
    if (!/^\d{1,3}$/.test(p) || (p.length > 1 && p[0] === '0')) return null;
    const n = Number(p);
    if (n > 255) return null;
    out.push(n);
  }
  return out;
}

function parseIPv6(s: string): number[] | null {
  const halves = s.split('::');
  if (halves.length > 2) return null;
  const groups = (part: string): number[] | null => {
    if (part === '') return [];
    const out: number[] = [];
    const fields = part.split(':');
    for (let i = 0; i < fields.length; i++) {
      const f = fields[i];
      if (i === fields.length - 1 && f.includes('.')) {
        const v4 = parseIPv4(f);
        if (!v4) return null;
        out.push(...v4);
        continue;
      }
      if (!/^[0-9a-fA-F]{1,4}$/.test(f)) return null;
      const n = parseInt(f, 16);
      out.push(n >> 8, n & 0xff);
    }
    return out;
  };
  const head = groups(halves[0]);
  const tail = halves.length === 2 ? groups(halves[1]) : [];
  if (!head || !tail) return null;
  // An embedded IPv4 address may only end the address.
  if (halves.length === 2 && halves[0].includes('.')) return null;
  if (halves.length === 1) return head.length === 16 ? head : null;
  if (head.length + tail.length > 14) return null;
  return [...head, ...new Array<number>(16 - head.length - tail.length).fill(0), ...tail];
}

/** The 16-byte form of an IP (IPv4 as ::ffff:a.b.c.d), or null where Go's ParseIP returns nil. */
export function parseIP(s: string): Uint8Array | null {
  if (s.includes(':')) {
    const v6 = parseIPv6(s);
    return v6 ? Uint8Array.from(v6) : null;
  }
  const v4 = parseIPv4(s);
  return v4 ? Uint8Array.from([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff, ...v4]) : null;
}

/** ip.To4() when it is an IPv4 address, else the 16 bytes. */
export function sanIPBytes(ip16: Uint8Array): Uint8Array {
  const mapped = ip16.subarray(0, 10).every((b) => b === 0) && ip16[10] === 0xff && ip16[11] === 0xff;
  return mapped ? ip16.slice(12) : ip16;
}
