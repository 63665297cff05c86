// helm's toToml and fromToml, a function pack of its own (see dataFuncs.ts): few charts use TOML.
import { toToml } from '../go/toml';
import { parseToml, TomlParseError, type TomlDateTime } from '../go/tomlRead';
import type { FunctionTable } from '../functionPacks';
import { GoTime } from '../sprig/dates';
import { mapSet, newMap, withSignature, type GoMap, type GoValue } from '../value';

/** The zone BurntSushi/toml gives each kind of date-time (local ones are fixed zones of offset 0). */
function zoneName(t: TomlDateTime): string {
  if (t.kind === 'local') return 'datetime-local';
  if (t.kind === 'date') return 'date-local';
  if (t.kind === 'time') return 'time-local';
  if (t.offsetSec === null) return 'UTC';
  // a fixed zone without a name prints its offset
  const abs = Math.abs(t.offsetSec);
  const hhmm = `${String(Math.floor(abs / 3600)).padStart(2, '0')}${String(Math.floor((abs % 3600) / 60)).padStart(2, '0')}`;
  return `${t.offsetSec < 0 ? '-' : '+'}${hhmm}`;
}

/** A TOML date-time as the time.Time the decoder makes. */
export function tomlTime(t: TomlDateTime): GoValue {
  const d = new Date(Date.UTC(2000, t.month - 1, t.day, t.hour, t.minute, t.second, Math.floor(t.nanos / 1e6)));
  d.setUTCFullYear(t.year); // Date.UTC reads years below 100 as 19xx
  const offset = t.offsetSec ?? 0;
  return new GoTime(d.getTime() - offset * 1000, zoneName(t), offset, t.nanos % 1e6);
}

/** helm's fromToml: the map, or a map holding only "Error" with the decoder's message. */
export function fromToml(text: string): GoMap {
  try {
    return parseToml(text, tomlTime);
  } catch (e) {
    if (!(e instanceof TomlParseError)) throw e;
    const m = newMap();
    mapSet(m, 'Error', e.message);
    return m;
  }
}

export function registerToml(t: FunctionTable): void {
  t.set('toToml', withSignature((...args: GoValue[]) => toToml(args[0] ?? null), { params: ['any'] }));
  t.set('fromToml', withSignature((...args: GoValue[]) => fromToml(args[0] as string), { params: ['string'] }));
}
