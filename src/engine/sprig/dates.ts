// Sprig's date functions over a Go time.Time (a GoObject): Go's reference-time layouts
// ("2006-01-02T15:04:05Z07:00"), durations printed as time.Duration.String prints them.
// Zones: "UTC", "Local" (this machine's zone) and IANA names through Intl; an unknown zone is UTC.
import { GoObject } from '../value';
import type { GoFunc, GoValue } from '../value';
import { goFunc } from './args';
import type { FuncTable } from './args';
import { parseGoInt } from './cast';

const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export class GoTime extends GoObject {
  readonly goType = 'time.Time';
  /** Milliseconds since the epoch, nanoseconds within the millisecond, the zone's name and offset. */
  constructor(
    readonly ms: number,
    readonly zone: string,
    readonly offsetSec: number,
    readonly extraNs = 0,
  ) {
    super();
  }
  static now(): GoTime {
    return inZone(Date.now(), 'Local');
  }
  field(name: string): GoValue | undefined {
    switch (name) {
      case 'Unix':
        return BigInt(Math.floor(this.ms / 1000));
      case 'UnixNano':
        return BigInt(Math.floor(this.ms)) * 1000000n + BigInt(this.extraNs);
      case 'Year':
        return BigInt(this.parts().getUTCFullYear());
      case 'String':
        return this.format();
    }
    return undefined;
  }
  override method(name: string): GoFunc | undefined {
    if (name === 'Format') return (layout) => formatTime(this, String(layout));
    if (name === 'In') return (loc) => inZone(this.ms, String(loc));
    return undefined;
  }
  /** The wall clock of this time in its zone, as a UTC Date. */
  parts(): Date {
    return new Date(this.ms + this.offsetSec * 1000);
  }
  format(): string {
    return formatTime(this, '2006-01-02 15:04:05.999999999 -0700 MST');
  }
  /** time.Time's MarshalJSON: RFC 3339 with nanoseconds (toJson, toYaml). */
  jsonValue(): GoValue {
    return formatTime(this, '2006-01-02T15:04:05.999999999Z07:00');
  }
}

function zoneOffset(ms: number, zone: string): [string, number] | null {
  if (zone === 'UTC' || zone === '') return ['UTC', 0];
  const tz = zone === 'Local' ? undefined : zone;
  try {
    const f = new Intl.DateTimeFormat('en-US', {
      timeZone: tz,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      timeZoneName: 'short',
    });
    const p = Object.fromEntries(f.formatToParts(new Date(ms)).map((x) => [x.type, x.value]));
    const wall = Date.UTC(+p.year, +p.month - 1, +p.day, +p.hour, +p.minute, +p.second);
    const offset = Math.round((wall - Math.floor(ms / 1000) * 1000) / 1000);
    let name = p.timeZoneName ?? 'UTC';
    if (/^GMT[+-]/.test(name) || name === 'GMT') name = offset === 0 ? 'UTC' : fmtOffset(offset, '', false);
    return [name, offset];
  } catch {
    return null;
  }
}

function fmtOffset(sec: number, sep: string, withSeconds: boolean): string {
  const sign = sec < 0 ? '-' : '+';
  const a = Math.abs(sec);
  const hh = String(Math.floor(a / 3600)).padStart(2, '0');
  const mm = String(Math.floor((a % 3600) / 60)).padStart(2, '0');
  return sign + hh + sep + mm + (withSeconds ? sep + String(a % 60).padStart(2, '0') : '');
}

export function inZone(ms: number, zone: string, extraNs = 0): GoTime {
  const z = zoneOffset(ms, zone) ?? ['UTC', 0];
  return new GoTime(ms, z[0], z[1], extraNs);
}

const TOKENS = [
  'January', 'Monday', '2006', '-07:00:00', '-070000', 'Z07:00:00', 'Z070000', '-07:00', '-0700', 'Z07:00', 'Z0700',
  '__2', '002', 'Jan', 'Mon', 'MST', '-07', 'Z07', '01', '02', '03', '04', '05', '06', '15', '_2', 'PM', 'pm', '1', '2', '3', '4', '5',
];

/** time.Time.Format. */
export function formatTime(t: GoTime, layout: string): string {
  const d = t.parts();
  const ns = (t.ms - Math.floor(t.ms / 1000) * 1000) * 1e6 + t.extraNs;
  const p2 = (n: number) => String(n).padStart(2, '0');
  let out = '';
  let i = 0;
  while (i < layout.length) {
    // fractional seconds: .000 / ,000 (fixed) or .999 (trimmed)
    const frac = /^[.,](0+|9+)(?![0-9])/.exec(layout.slice(i));
    if (frac && /05$|5$/.test(layout.slice(0, i))) {
      const digits = frac[1].length;
      let f = String(Math.round(ns)).padStart(9, '0').slice(0, digits);
      if (frac[1][0] === '9') f = f.replace(/0+$/, '');
      if (f !== '') out += layout[i] + f;
      i += frac[0].length;
      continue;
    }
    const tok = TOKENS.find((k) => layout.startsWith(k, i));
    if (!tok) {
      out += layout[i++];
      continue;
    }
    i += tok.length;
    const hour = d.getUTCHours();
    switch (tok) {
      case '2006': out += String(d.getUTCFullYear()).padStart(4, '0'); break;
      case '06': out += p2(d.getUTCFullYear() % 100); break;
      case 'January': out += MONTHS[d.getUTCMonth()]; break;
      case 'Jan': out += MONTHS[d.getUTCMonth()].slice(0, 3); break;
      case '01': out += p2(d.getUTCMonth() + 1); break;
      case '1': out += String(d.getUTCMonth() + 1); break;
      case 'Monday': out += DAYS[d.getUTCDay()]; break;
      case 'Mon': out += DAYS[d.getUTCDay()].slice(0, 3); break;
      case '02': out += p2(d.getUTCDate()); break;
      case '_2': out += String(d.getUTCDate()).padStart(2, ' '); break;
      case '2': out += String(d.getUTCDate()); break;
      case '002':
      case '__2': {
        const yd = Math.floor((d.getTime() - Date.UTC(d.getUTCFullYear(), 0, 1)) / 86400000) + 1;
        out += tok === '002' ? String(yd).padStart(3, '0') : String(yd).padStart(3, ' ');
        break;
      }
      case '15': out += p2(hour); break;
      case '03': out += p2(hour % 12 === 0 ? 12 : hour % 12); break;
      case '3': out += String(hour % 12 === 0 ? 12 : hour % 12); break;
      case '04': out += p2(d.getUTCMinutes()); break;
      case '4': out += String(d.getUTCMinutes()); break;
      case '05': out += p2(d.getUTCSeconds()); break;
      case '5': out += String(d.getUTCSeconds()); break;
      case 'PM': out += hour >= 12 ? 'PM' : 'AM'; break;
      case 'pm': out += hour >= 12 ? 'pm' : 'am'; break;
      case 'MST': out += t.zone; break;
      default: {
        // zone offsets; the Z forms print Z for UTC
        if (tok[0] === 'Z' && t.offsetSec === 0) {
          out += 'Z';
          break;
        }
        const body = tok.replace(/^[Z-]/, '');
        const sep = body.includes(':') ? ':' : '';
        const withSec = body.replace(/:/g, '').length === 6;
        const full = fmtOffset(t.offsetSec, sep, withSec);
        out += body.length === 2 ? full.slice(0, 3) : full;
      }
    }
  }
  return out;
}

/** time.Duration.String for nanoseconds. */
export function durationString(ns: bigint): string {
  if (ns === 0n) return '0s';
  const neg = ns < 0n;
  let u = neg ? -ns : ns;
  let out: string;
  if (u < 1000000000n) {
    let unit: string;
    let div: bigint;
    if (u < 1000n) return (neg ? '-' : '') + `${u}ns`;
    if (u < 1000000n) {
      unit = 'µs';
      div = 1000n;
    } else {
      unit = 'ms';
      div = 1000000n;
    }
    out = fracString(u, div) + unit;
  } else {
    const h = u / 3600000000000n;
    u -= h * 3600000000000n;
    const m = u / 60000000000n;
    u -= m * 60000000000n;
    out = (h > 0n ? `${h}h` : '') + (h > 0n || m > 0n ? `${m}m` : '') + fracString(u, 1000000000n) + 's';
  }
  return (neg ? '-' : '') + out;
}

function fracString(u: bigint, div: bigint): string {
  const whole = u / div;
  const rem = u % div;
  if (rem === 0n) return String(whole);
  const digits = String(div).length - 1;
  return `${whole}.${String(rem).padStart(digits, '0').replace(/0+$/, '')}`;
}

const UNITS: Record<string, bigint> = {
  ns: 1n,
  us: 1000n,
  'µs': 1000n,
  'μs': 1000n,
  ms: 1000000n,
  s: 1000000000n,
  m: 60000000000n,
  h: 3600000000000n,
};

/** time.ParseDuration; throws Go's error text. */
export function parseDuration(s: string): bigint {
  const orig = s;
  const bad = () => new Error(`time: invalid duration ${JSON.stringify(orig)}`);
  let neg = false;
  if (s[0] === '-' || s[0] === '+') {
    neg = s[0] === '-';
    s = s.slice(1);
  }
  if (s === '0') return 0n;
  if (s === '') throw bad();
  let total = 0n;
  while (s !== '') {
    const m = /^(\d*)(?:\.(\d*))?([a-zµμ]*)/.exec(s);
    if (!m || (m[1] === '' && (m[2] ?? '') === '')) throw bad();
    const unit = m[3];
    if (unit === '') throw new Error(`time: missing unit in duration ${JSON.stringify(orig)}`);
    const mult = UNITS[unit];
    if (mult === undefined) throw new Error(`time: unknown unit ${JSON.stringify(unit)} in duration ${JSON.stringify(orig)}`);
    const frac = m[2] ?? '';
    total += BigInt(m[1] || '0') * mult + (frac ? (BigInt(frac) * mult) / 10n ** BigInt(frac.length) : 0n);
    s = s.slice(m[0].length);
  }
  if (total > (1n << 63n) - 1n) throw new Error(`time: invalid duration ${JSON.stringify(orig)}`);
  return neg ? -total : total;
}

function asTime(v: GoValue): GoTime {
  if (v instanceof GoTime) return v;
  if (typeof v === 'bigint') return inZone(Number(v) * 1000, 'Local');
  return GoTime.now();
}

/** time.ParseInLocation for layouts made of numeric fields (the forms charts pass to toDate). */
export function parseTime(layout: string, value: string): GoTime {
  // Go names the rest of the value and the layout element that did not match.
  let elem = '';
  const err = () =>
    new Error(`parsing time ${JSON.stringify(value)} as ${JSON.stringify(layout)}: cannot parse ${JSON.stringify(value.slice(j))} as ${JSON.stringify(elem)}`);
  let y = 1, mo = 1, d = 1, h = 0, mi = 0, s = 0, ns = 0;
  let offset: number | null = null;
  let pm: boolean | null = null;
  let i = 0;
  let j = 0;
  const num = (min: number, max: number) => {
    const m = new RegExp(`^\\d{${min},${max}}`).exec(value.slice(j));
    if (!m) throw err();
    j += m[0].length;
    return Number(m[0]);
  };
  while (i < layout.length) {
    const tok = TOKENS.find((k) => layout.startsWith(k, i));
    elem = tok ?? layout.slice(i);
    if (!tok) {
      if (layout[i] === '.' && /^\.\d/.test(value.slice(j)) && /5$/.test(layout.slice(0, i))) {
        const m = /^[.,](\d+)/.exec(value.slice(j)) as RegExpExecArray;
        ns = Number(m[1].padEnd(9, '0').slice(0, 9));
        j += m[0].length;
        i += (/^[.,](0+|9+)/.exec(layout.slice(i)) ?? ['.'])[0].length;
        continue;
      }
      if (value[j] !== layout[i]) throw err();
      i++;
      j++;
      continue;
    }
    i += tok.length;
    switch (tok) {
      case '2006': y = num(4, 4); break;
      case '06': y = 2000 + num(2, 2); if (y >= 2069) y -= 100; break;
      case '01': mo = num(2, 2); break;
      case '1': mo = num(1, 2); break;
      case 'Jan': case 'January': {
        const idx = MONTHS.findIndex((mn) => value.startsWith(tok === 'Jan' ? mn.slice(0, 3) : mn, j));
        if (idx < 0) throw err();
        mo = idx + 1;
        j += tok === 'Jan' ? 3 : MONTHS[idx].length;
        break;
      }
      case 'Mon': case 'Monday': {
        const idx = DAYS.findIndex((dn) => value.startsWith(tok === 'Mon' ? dn.slice(0, 3) : dn, j));
        if (idx < 0) throw err();
        j += tok === 'Mon' ? 3 : DAYS[idx].length;
        break;
      }
      case '02': d = num(2, 2); break;
      case '2': case '_2': if (value[j] === ' ') j++; d = num(1, 2); break;
      case '15': h = num(1, 2); break;
      case '03': case '3': h = num(1, 2); break;
      case '04': case '4': mi = num(1, 2); break;
      case '05': case '5': s = num(1, 2); break;
      case 'PM': case 'pm': pm = /^pm/i.test(value.slice(j)); j += 2; break;
      case 'MST': { const m = /^[A-Z]{3,5}/.exec(value.slice(j)); if (!m) throw err(); j += m[0].length; break; }
      default: {
        if (tok[0] === 'Z' && value[j] === 'Z') {
          offset = 0;
          j++;
          break;
        }
        const m = /^([+-])(\d\d):?(\d\d)?(?::?(\d\d))?/.exec(value.slice(j));
        if (!m) throw err();
        offset = (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 3600 + Number(m[3] ?? 0) * 60 + Number(m[4] ?? 0));
        j += m[0].length;
      }
    }
  }
  if (j !== value.length) throw new Error(`parsing time ${JSON.stringify(value)}: extra text: ${JSON.stringify(value.slice(j))}`);
  if (pm !== null) h = (h % 12) + (pm ? 12 : 0);
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || s > 59) throw new Error(`parsing time ${JSON.stringify(value)}: day out of range`);
  const wall = Date.UTC(y, mo - 1, d, h, mi, s);
  if (offset !== null) {
    const ms = wall - offset * 1000;
    return new GoTime(ms + Math.floor(ns / 1e6), offset === 0 ? 'UTC' : '', offset, ns % 1e6);
  }
  // Local: find the offset that maps this wall clock in the machine's zone.
  const guess = inZone(wall, 'Local');
  return inZone(wall - guess.offsetSec * 1000 + Math.floor(ns / 1e6), 'Local', ns % 1e6);
}

function durationRound(v: GoValue): string {
  let d = 0n;
  if (typeof v === 'string') {
    try {
      d = parseDuration(v);
    } catch {
      d = 0n;
    }
  } else if (typeof v === 'bigint') d = v;
  else if (v instanceof GoTime) d = BigInt(Date.now() - v.ms) * 1000000n;
  const u = d < 0n ? -d : d;
  const hour = 3600000000000n;
  const steps: [bigint, string][] = [
    [hour * 24n * 365n, 'y'],
    [hour * 24n * 30n, 'mo'],
    [hour * 24n, 'd'],
    [hour, 'h'],
    [60000000000n, 'm'],
    [1000000000n, 's'],
  ];
  for (const [size, unit] of steps) if (u > size) return `${u / size}${unit}`;
  return '0s';
}

export function registerDates(t: FuncTable): void {
  const dateInZone = (fmt: string, date: GoValue, zone: string) => {
    const tm = asTime(date);
    return formatTime(inZone(tm.ms, zoneOffset(tm.ms, zone) ? zone : 'UTC', tm.extraNs), fmt);
  };
  t.set('now', goFunc('now', [], () => GoTime.now()));
  t.set('date', goFunc('date', ['string', 'any'], (f: string, d: GoValue) => dateInZone(f, d, 'Local')));
  t.set('dateInZone', goFunc('dateInZone', ['string', 'any', 'string'], dateInZone));
  t.set('date_in_zone', goFunc('date_in_zone', ['string', 'any', 'string'], dateInZone));
  t.set('htmlDate', goFunc('htmlDate', ['any'], (d: GoValue) => dateInZone('2006-01-02', d, 'Local')));
  t.set('htmlDateInZone', goFunc('htmlDateInZone', ['any', 'string'], (d: GoValue, z: string) => dateInZone('2006-01-02', d, z)));
  const modify = (strict: boolean) => (fmt: string, date: GoValue) => {
    const tm = date as GoTime;
    let ns: bigint;
    try {
      ns = parseDuration(fmt);
    } catch (e) {
      if (strict) throw e;
      return tm;
    }
    const totalNs = BigInt(tm.extraNs) + ns;
    const ms = tm.ms + Number(totalNs / 1000000n);
    return inZone(ms, tm.zone === 'UTC' ? 'UTC' : 'Local', Number(((totalNs % 1000000n) + 1000000n) % 1000000n));
  };
  for (const n of ['dateModify', 'date_modify']) t.set(n, goFunc(n, ['string', 'time'], modify(false)));
  for (const n of ['mustDateModify', 'must_date_modify']) t.set(n, goFunc(n, ['string', 'time'], modify(true)));
  t.set(
    'ago',
    goFunc('ago', ['any'], (d: GoValue) => {
      const ms = Date.now() - asTime(d).ms;
      return durationString(BigInt(Math.round(ms / 1000)) * 1000000000n);
    }),
  );
  t.set(
    'duration',
    goFunc('duration', ['any'], (v: GoValue) => {
      let n = 0n;
      if (typeof v === 'string') n = parseGoInt(v, 10) ?? 0n;
      else if (typeof v === 'bigint') n = v;
      return durationString(BigInt.asIntN(64, n * 1000000000n));
    }),
  );
  t.set('durationRound', goFunc('durationRound', ['any'], durationRound));
  t.set(
    'toDate',
    goFunc('toDate', ['string', 'string'], (f: string, s: string) => {
      try {
        return parseTime(f, s);
      } catch {
        return new GoTime(-62135596800000, 'UTC', 0);
      }
    }),
  );
  t.set('mustToDate', goFunc('mustToDate', ['string', 'string'], parseTime));
  t.set('unixEpoch', goFunc('unixEpoch', ['time'], (d: GoValue) => String(Math.floor((d as GoTime).ms / 1000))));
}
