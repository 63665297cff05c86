// Kubernetes resource quantities (apimachinery resource.Quantity): a signed decimal number with an
// optional binary (Ki..Ei), decimal (n, u, m, k, M..E) or exponent suffix. Parsed to a float, which
// is exact enough to compare a request with its limit.

const QUANTITY = /^([+-]?(?:\d+\.?\d*|\.\d+))(Ki|Mi|Gi|Ti|Pi|Ei|n|u|m|k|M|G|T|P|E|[eE][+-]?\d+)?$/;

const MULTIPLIER: Record<string, number> = {
  Ki: 2 ** 10, Mi: 2 ** 20, Gi: 2 ** 30, Ti: 2 ** 40, Pi: 2 ** 50, Ei: 2 ** 60,
  n: 1e-9, u: 1e-6, m: 1e-3, '': 1, k: 1e3, M: 1e6, G: 1e9, T: 1e12, P: 1e15, E: 1e18,
};

/** The quantity's value, or undefined when the API server would refuse the text. */
export function parseQuantity(raw: unknown): number | undefined {
  if (typeof raw === 'number') return Number.isFinite(raw) ? raw : undefined;
  if (typeof raw !== 'string') return undefined;
  const m = QUANTITY.exec(raw);
  if (!m) return undefined;
  const suffix = m[2] ?? '';
  const number = Number(m[1]);
  if (/^[eE]/.test(suffix)) return number * 10 ** Number(suffix.slice(1));
  return number * MULTIPLIER[suffix];
}

/** A hint for the common mistakes: `1GB`, `512mb`, `1.5 Gi`. */
export function quantityHint(raw: string): string {
  const unit = /^\s*[+-]?[\d.]+\s*([A-Za-z]+)\s*$/.exec(raw)?.[1];
  if (unit) {
    const upper = unit.toUpperCase();
    const binary = { KB: 'Ki', KIB: 'Ki', MB: 'Mi', MIB: 'Mi', GB: 'Gi', GIB: 'Gi', TB: 'Ti', TIB: 'Ti' }[upper];
    if (binary) return `write the unit as ${binary} (powers of 1024) or ${binary[0] === 'K' ? 'k' : binary[0]} (powers of 1000), without "B"`;
  }
  if (/\s/.test(raw)) return 'remove the spaces';
  return 'use a number with an optional suffix: m (milli), k, M, G, T, or Ki, Mi, Gi, Ti';
}
