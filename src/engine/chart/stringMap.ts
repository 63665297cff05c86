// A Go map[string]string as templates see it (`.Chart.Annotations`): a typed map, so functions that
// take map[string]interface{} (hasKey, keys, merge...) refuse it as Go does, a missing key reads as
// "" (the zero string), and the nil map of a Chart.yaml without annotations prints map[] and
// marshals to null. Facts from helm 4.1.4.
import { GoObject, mapSet, newMap, sortedKeys } from '../value';
import type { GoMap, GoMapLike, GoValue } from '../value';

export class GoStringMap extends GoObject implements GoMapLike {
  readonly goType = 'map[string]string';
  private readonly keys: string[];

  /** `entries` null is the nil map. */
  constructor(private readonly entries: GoMap | null) {
    super();
    this.keys = entries === null ? [] : sortedKeys(entries);
  }

  /** A nil map equals nil in templates (`eq .Chart.Annotations nil`). */
  get goNil(): boolean {
    return this.entries === null;
  }

  field(_name: string): GoValue | undefined {
    return undefined;
  }

  goEntries(): [string, GoValue][] {
    const m = this.entries;
    return m === null ? [] : this.keys.map((k) => [k, m[k] ?? '']);
  }

  goIndex(key: string): GoValue {
    const m = this.entries;
    return m !== null && Object.prototype.hasOwnProperty.call(m, key) ? (m[key] ?? '') : '';
  }

  format(): string {
    return `map[${this.goEntries().map(([k, v]) => `${k}:${String(v)}`).join(' ')}]`;
  }

  jsonValue(): GoValue {
    if (this.entries === null) return null;
    const out = newMap();
    for (const [k, v] of this.goEntries()) mapSet(out, k, v);
    return out;
  }
}
