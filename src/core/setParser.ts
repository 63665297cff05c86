// Helm's --set / --set-string grammar (helm pkg/strvals), checked against helm v4 itself:
//   a.b=c   a=1,b=2   a[0].b=c   a[1]=x (pads with null)   a={x,y}   a\.b=c   a=null   a=   x=1\,2
// --set infers types like helm: int64 -> number, true/false (any case) -> boolean, null -> null,
// anything else (floats, "007", "[]") stays a string. --set-string keeps every value a string.
// Keys are own properties (put / own), so `__proto__`, `constructor` and `prototype` are ordinary
// keys, as in helm, and then flagged as unknown like any other key the chart does not read.
import { MAX_SET_LIST_SLOTS, MAX_VALUES_DEPTH } from './limits';
import { isMap, MAX_LIST_INDEX, own, put } from './values';
import type { Values } from './types';

export class SetParseError extends Error {
  constructor(
    readonly expression: string,
    readonly detail: string,
  ) {
    super(`cannot parse --set "${expression}": ${detail}`);
    this.name = 'SetParseError';
  }
}

/** Helm refuses indexes above this, so a typo cannot allocate a huge list. */
const MAX_INDEX = MAX_LIST_INDEX;

const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;

/**
 * The list slots (padding included) --set entries may still create. One budget is shared by every
 * entry of an evaluation (all flags of a command, all releases of a helmfile), so many large
 * indexes are refused at once instead of allocating millions of nulls.
 */
export class SetListBudget {
  used = 0;
  constructor(readonly limit = MAX_SET_LIST_SLOTS) {}
}

export function parseSetExpression(expr: string, opts: { forceString?: boolean; budget?: SetListBudget } = {}): Values {
  const target: Values = {};
  new SetScanner(expr, opts.forceString ?? false, opts.budget ?? new SetListBudget()).parseInto(target);
  return target;
}

/** Applies --set arguments in order onto a copy of `values`, as helm parses each into the same map. */
export function applySetExpressions(
  values: Values,
  exprs: { expr: string; forceString?: boolean }[],
  budget: SetListBudget = new SetListBudget(),
): Values {
  const target = structuredClone(values);
  for (const { expr, forceString } of exprs) new SetScanner(expr, forceString ?? false, budget).parseInto(target);
  return target;
}

function typedValue(text: string, forceString: boolean): unknown {
  if (forceString) return text;
  const lower = text.toLowerCase();
  if (lower === 'true') return true;
  if (lower === 'false') return false;
  if (lower === 'null') return null;
  if (text === '0') return 0;
  if (text !== '' && text[0] !== '0' && /^[+-]?\d+$/.test(text)) {
    const big = BigInt(text);
    // Integers beyond JavaScript's exact range stay strings rather than silently changing value.
    if (big >= INT64_MIN && big <= INT64_MAX && Number.isSafeInteger(Number(big))) return Number(big);
  }
  return text;
}

class SetScanner {
  private pos = 0;
  /** Maps and lists opened so far on the current key path. */
  private depth = 0;

  constructor(
    private readonly expr: string,
    private readonly forceString: boolean,
    private readonly budget: SetListBudget,
  ) {}

  parseInto(target: Values): void {
    while (!this.atEnd()) this.parseKey(target);
  }

  private fail(detail: string): never {
    throw new SetParseError(this.expr, detail);
  }

  private atEnd(): boolean {
    return this.pos >= this.expr.length;
  }

  private peek(): string | undefined {
    return this.expr[this.pos];
  }

  /** Reads up to (and consumes) one of `stops`; a backslash makes the next character literal. */
  private readUntil(stops: string): { text: string; stop: string | undefined } {
    let text = '';
    while (!this.atEnd()) {
      const ch = this.expr[this.pos++];
      if (ch === '\\' && !this.atEnd()) {
        text += this.expr[this.pos++];
      } else if (stops.includes(ch)) {
        return { text, stop: ch };
      } else {
        text += ch;
      }
    }
    return { text, stop: undefined };
  }

  /** Runs `step` one nesting level deeper; values trees are capped at MAX_VALUES_DEPTH levels. */
  private nested(step: () => void): void {
    if (++this.depth >= MAX_VALUES_DEPTH) this.fail(`it nests deeper than ${MAX_VALUES_DEPTH} levels`);
    step();
    this.depth--;
  }

  private parseKey(map: Values): void {
    const { text: key, stop } = this.readUntil('=.[,');
    if (stop === undefined) this.fail(`key "${key}" has no value`);
    if (stop === ',') this.fail(`key "${key}" has no value (cannot end with ,)`);
    if (key === '') this.fail('a key is empty');
    if (stop === '=') {
      put(map, key, this.parseValue());
    } else if (stop === '.') {
      const next = this.peek();
      if (next === undefined || next === '=' || next === '.' || next === ',') this.fail(`key map "${key}" has no value`);
      const prev = own(map, key);
      const child = isMap(prev) ? prev : {};
      this.nested(() => this.parseKey(child));
      put(map, key, child);
    } else {
      const prev = own(map, key);
      const list = Array.isArray(prev) ? (prev as unknown[]) : [];
      this.nested(() => this.parseIndexed(list, this.parseIndex()));
      put(map, key, list);
    }
  }

  /** After `[`: the index and its closing bracket. */
  private parseIndex(): number {
    const { text, stop } = this.readUntil(']');
    if (stop === undefined) this.fail(`list index "${text}" is missing its closing ]`);
    if (!/^-?\d+$/.test(text)) this.fail(`list index "${text}" is not a number`);
    const index = Number(text);
    if (index < 0) this.fail(`negative list index ${index} is not allowed`);
    if (index > MAX_INDEX) this.fail(`list index ${index} is above the maximum of ${MAX_INDEX}`);
    return index;
  }

  /** What follows `name[i]`: `=value`, `.key...` or another `[j]`. */
  private parseIndexed(list: unknown[], index: number): void {
    const growth = index + 1 - list.length;
    if (growth > 0) {
      this.budget.used += growth;
      if (this.budget.used > this.budget.limit) {
        this.fail(`the list indexes of all --set entries together ask for more than ${this.budget.limit} list items`);
      }
    }
    while (list.length < index) list.push(null);
    const next = this.expr[this.pos++];
    if (next === '=') {
      list[index] = this.parseValue();
    } else if (next === '.') {
      const child = isMap(list[index]) ? (list[index] as Values) : {};
      this.nested(() => this.parseKey(child));
      list[index] = child;
    } else if (next === '[') {
      const inner = Array.isArray(list[index]) ? (list[index] as unknown[]) : [];
      this.nested(() => this.parseIndexed(inner, this.parseIndex()));
      list[index] = inner;
    } else {
      this.fail(next === undefined ? `list item [${index}] has no value` : `unexpected "${next}" after list index [${index}]`);
    }
  }

  /** After `=`: a `{a,b}` list or a scalar up to the next unescaped comma. */
  private parseValue(): unknown {
    if (this.peek() !== '{') return typedValue(this.readUntil(',').text, this.forceString);
    this.pos++;
    const items: unknown[] = [];
    for (;;) {
      const { text, stop } = this.readUntil(',}');
      if (stop === undefined) this.fail('a {list} must end with }');
      items.push(typedValue(text, this.forceString));
      if (stop === '}') break;
    }
    if (this.peek() === ',') this.pos++;
    return items;
  }
}
