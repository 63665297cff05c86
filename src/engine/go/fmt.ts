// Go's fmt package over the engine's value model: Sprint, Sprintln, Sprintf with every verb, flag,
// width, precision and argument index helm templates can reach, and Go's exact error texts for a
// wrong verb (%!d(float64=1.5)), a missing or extra argument, a bad index or width.
import type { GoMap, GoValue } from '../value';
import { GoObject, goTypeName, isGoMap, sortedKeys } from '../value';
import { canBackquote, formatFloat, isPrint, quote, quoteRune, quoteToASCII } from './strconv';
import type { FloatFormat } from './strconv';

/** fmt %v of a value, as `{{ x }}` prints it (nil prints "<nil>" here; helm blanks it elsewhere). */
export function formatValue(v: GoValue): string {
  const p = new Printer();
  p.printArg(v, 'v', 0);
  return p.out;
}

/**
 * Go type names of the operands where the value model cannot tell them (a bigint the template
 * engine knows to be a Go `int`, not an int64): %T and the %!verb(TYPE=value) texts use them.
 */
export type OperandTypes = readonly (string | undefined)[];

/** fmt.Sprint: operands printed with %v, a space between two operands when neither is a string. */
export function sprint(args: GoValue[], types?: OperandTypes): string {
  const p = new Printer();
  let prevString = false;
  args.forEach((arg, i) => {
    const isString = typeof arg === 'string';
    if (i > 0 && !isString && !prevString) p.out += ' ';
    p.operandType = types?.[i];
    p.printArg(arg ?? null, 'v', 0);
    prevString = isString;
  });
  return p.out;
}

/** fmt.Sprintln: operands printed with %v, always separated by spaces, and a newline. */
export function sprintln(args: GoValue[], types?: OperandTypes): string {
  const p = new Printer();
  args.forEach((arg, i) => {
    if (i > 0) p.out += ' ';
    p.operandType = types?.[i];
    p.printArg(arg ?? null, 'v', 0);
  });
  return p.out + '\n';
}

/** fmt.Sprintf. */
export function sprintf(format: string, args: GoValue[], types?: OperandTypes): string {
  const p = new Printer();
  p.doPrintf(format, args, types);
  return p.out;
}

// Go caps widths, precisions and argument numbers at a million ("crazy long number").
const TOO_LARGE = 1e6;

const LDIGITS = '0123456789abcdefx';
const UDIGITS = '0123456789ABCDEFX';

class Printer {
  out = '';
  /** The Go type of the operand being printed, when the caller knows better than its value. */
  operandType: string | undefined;
  // flags of the verb being printed
  plus = false;
  minus = false;
  sharp = false;
  space = false;
  zero = false;
  plusV = false;
  sharpV = false;
  wid = 0;
  widPresent = false;
  prec = 0;
  precPresent = false;

  private clearFlags(): void {
    this.plus = this.minus = this.sharp = this.space = this.zero = false;
    this.plusV = this.sharpV = false;
    this.wid = this.prec = 0;
    this.widPresent = this.precPresent = false;
  }

  // ---- padding

  private writePadding(n: number): void {
    if (n <= 0) return;
    // Zero padding only ever goes to the left.
    this.out += (this.zero && !this.minus ? '0' : ' ').repeat(n);
  }

  /** Appends s padded to the width (counted in runes). */
  private pad(s: string): void {
    if (!this.widPresent || this.wid === 0) {
      this.out += s;
      return;
    }
    const width = this.wid - runeCount(s);
    if (!this.minus) {
      this.writePadding(width);
      this.out += s;
    } else {
      this.out += s;
      this.writePadding(width);
    }
  }

  // ---- the format string

  doPrintf(format: string, args: GoValue[], types?: OperandTypes): void {
    const end = format.length;
    let argNum = 0;
    let afterIndex = false;
    let reordered = false;
    let i = 0;
    let goodArgNum = true; // reset for every verb below

    const argNumber = (at: number): number => {
      // An explicit argument index "[n]" at `at`: sets argNum, returns the new position.
      afterIndex = false;
      if (at >= end || format[at] !== '[') return at;
      reordered = true;
      const parsed = parseArgNumber(format, at);
      if (parsed.ok && parsed.index >= 0 && parsed.index < args.length) {
        argNum = parsed.index;
        afterIndex = true;
        return at + parsed.wid;
      }
      goodArgNum = false;
      afterIndex = parsed.ok;
      return at + parsed.wid;
    };

    const intFromArg = (): { num: number; ok: boolean } => {
      let num = 0;
      let ok = false;
      if (argNum < args.length) {
        const a = args[argNum];
        if (typeof a === 'bigint') {
          num = Number(a);
          ok = true;
        }
        argNum++;
        if (ok && !(num > -TOO_LARGE && num < TOO_LARGE)) {
          num = 0;
          ok = false;
        }
      }
      return { num, ok };
    };

    for (; i < end; goodArgNum = true) {
      const lasti = i;
      while (i < end && format[i] !== '%') i++;
      if (i > lasti) this.out += format.slice(lasti, i);
      if (i >= end) break;
      i++; // the '%'
      this.clearFlags();
      flags: for (; i < end; i++) {
        switch (format[i]) {
          case '#':
            this.sharp = true;
            break;
          case '0':
            this.zero = true;
            break;
          case '+':
            this.plus = true;
            break;
          case '-':
            this.minus = true;
            break;
          case ' ':
            this.space = true;
            break;
          default:
            break flags;
        }
      }

      i = argNumber(i);

      // width
      if (i < end && format[i] === '*') {
        i++;
        const { num, ok } = intFromArg();
        this.wid = num;
        this.widPresent = ok;
        if (!ok) this.out += '%!(BADWIDTH)';
        if (this.wid < 0) {
          this.wid = -this.wid;
          this.minus = true;
          this.zero = false;
        }
        afterIndex = false;
      } else {
        const n = parseNum(format, i, end);
        this.wid = n.num;
        this.widPresent = n.isNum;
        i = n.next;
        if (afterIndex && this.widPresent) goodArgNum = false;
      }

      // precision
      if (i + 1 < end && format[i] === '.') {
        i++;
        if (afterIndex) goodArgNum = false;
        i = argNumber(i);
        if (i < end && format[i] === '*') {
          i++;
          const { num, ok } = intFromArg();
          this.prec = num;
          this.precPresent = ok;
          if (this.prec < 0) {
            this.prec = 0;
            this.precPresent = false;
          }
          if (!this.precPresent) this.out += '%!(BADPREC)';
          afterIndex = false;
        } else {
          const n = parseNum(format, i, end);
          this.prec = n.num;
          this.precPresent = true;
          i = n.next;
        }
      }

      if (!afterIndex) i = argNumber(i);

      if (i >= end) {
        this.out += '%!(NOVERB)';
        break;
      }
      const verb = String.fromCodePoint(format.codePointAt(i) ?? 0);
      i += verb.length;

      if (verb === '%') {
        this.out += '%';
      } else if (!goodArgNum) {
        this.out += `%!${verb}(BADINDEX)`;
      } else if (argNum >= args.length) {
        this.out += `%!${verb}(MISSING)`;
      } else {
        if (verb === 'v') {
          this.sharpV = this.sharp;
          this.sharp = false;
          this.plusV = this.plus;
          this.plus = false;
        }
        this.operandType = types?.[argNum];
        this.printArg(args[argNum] ?? null, verb, 0);
        this.operandType = undefined;
        argNum++;
      }
    }

    if (!reordered && argNum < args.length) {
      this.clearFlags();
      this.out += '%!(EXTRA ';
      args.slice(argNum).forEach((arg, k) => {
        if (k > 0) this.out += ', ';
        if (arg === null || arg === undefined) this.out += '<nil>';
        else {
          this.out += (types?.[argNum + k] ?? goTypeName(arg)) + '=';
          this.printArg(arg, 'v', 0);
        }
      });
      this.out += ')';
    }
  }

  // ---- one operand

  printArg(arg: GoValue, verb: string, depth: number): void {
    if (arg === null || arg === undefined) {
      if (depth > 0) {
        // A nil inside a list or map prints as such whatever the verb.
        if (this.sharpV) this.out += 'interface {}(nil)';
        else this.pad('<nil>');
        return;
      }
      if (verb === 'T' || verb === 'v') this.pad('<nil>');
      else this.badVerb(verb, null);
      return;
    }
    if (verb === 'T') {
      this.fmtS(this.typeName(arg));
      return;
    }
    if (verb === 'p') {
      // Only pointers, maps and slices have addresses; there are none to show here.
      this.badVerb(verb, arg);
      return;
    }
    switch (typeof arg) {
      case 'boolean':
        if (verb === 't' || verb === 'v') this.pad(arg ? 'true' : 'false');
        else this.badVerb(verb, arg);
        return;
      case 'number':
        this.printFloat(arg, verb);
        return;
      case 'bigint':
        this.printInteger(arg, verb);
        return;
      case 'string':
        this.printString(arg, verb);
        return;
    }
    if (Array.isArray(arg)) {
      if (this.sharpV) {
        this.out += '[]interface {}{';
        arg.forEach((x, k) => {
          if (k > 0) this.out += ', ';
          this.printArg(x ?? null, verb, depth + 1);
        });
        this.out += '}';
      } else {
        this.out += '[';
        arg.forEach((x, k) => {
          if (k > 0) this.out += ' ';
          this.printArg(x ?? null, verb, depth + 1);
        });
        this.out += ']';
      }
      return;
    }
    if (arg instanceof GoObject) {
      this.printObject(arg, verb);
      return;
    }
    if (isGoMap(arg)) this.printMap(arg, verb, depth);
  }

  private printMap(m: GoMap, verb: string, depth: number): void {
    this.out += this.sharpV ? 'map[string]interface {}{' : 'map[';
    sortedKeys(m).forEach((key, k) => {
      if (k > 0) this.out += this.sharpV ? ', ' : ' ';
      this.printArg(key, verb, depth + 1);
      this.out += ':';
      this.printArg(m[key] ?? null, verb, depth + 1);
    });
    this.out += this.sharpV ? '}' : ']';
  }

  /** A struct or other Go object prints through its own %v text (its String method, for most). */
  private printObject(o: GoObject, verb: string): void {
    const text = o.format();
    switch (verb) {
      case 'v':
      case 's':
        this.fmtS(text);
        return;
      case 'q':
        this.fmtQ(text);
        return;
      case 'x':
        this.fmtSbx(text, LDIGITS);
        return;
      case 'X':
        this.fmtSbx(text, UDIGITS);
        return;
      default:
        this.badVerb(verb, o);
    }
  }

  /** %T of an operand: a bigint the caller knows to be a Go int says so. */
  private typeName(arg: GoValue): string {
    return typeof arg === 'bigint' && this.operandType !== undefined ? this.operandType : goTypeName(arg);
  }

  private badVerb(verb: string, arg: GoValue): void {
    this.out += `%!${verb}(`;
    if (arg === null) this.out += '<nil>';
    else {
      this.out += this.typeName(arg) + '=';
      // Go prints the operand with %v but keeps the flags, width and precision of the bad verb.
      const sharp = this.sharp;
      this.printArg(arg, 'v', 0);
      this.sharp = sharp;
    }
    this.out += ')';
  }

  // ---- strings

  private printString(s: string, verb: string): void {
    switch (verb) {
      case 'v':
        if (this.sharpV) this.fmtQ(s);
        else this.fmtS(s);
        return;
      case 's':
        this.fmtS(s);
        return;
      case 'x':
        this.fmtSbx(s, LDIGITS);
        return;
      case 'X':
        this.fmtSbx(s, UDIGITS);
        return;
      case 'q':
        this.fmtQ(s);
        return;
      default:
        this.badVerb(verb, s);
    }
  }

  private truncate(s: string): string {
    if (!this.precPresent) return s;
    const runes = Array.from(s);
    return runes.length > this.prec ? runes.slice(0, this.prec).join('') : s;
  }

  private fmtS(s: string): void {
    this.pad(this.truncate(s));
  }

  private fmtQ(s: string): void {
    s = this.truncate(s);
    if (this.sharp && canBackquote(s)) this.pad('`' + s + '`');
    else this.pad(this.plus ? quoteToASCII(s) : quote(s));
  }

  /** %x of a string: two hex digits per UTF-8 byte; ' ' separates bytes, '#' adds 0x. */
  private fmtSbx(s: string, digits: string): void {
    let bytes = new TextEncoder().encode(s);
    if (this.precPresent && this.prec < bytes.length) bytes = bytes.subarray(0, this.prec);
    const length = bytes.length;
    let width = 2 * length;
    if (width > 0) {
      if (this.space) {
        if (this.sharp) width *= 2;
        width += length - 1;
      } else if (this.sharp) width += 2;
    } else {
      if (this.widPresent) this.writePadding(this.wid);
      return;
    }
    if (this.widPresent && this.wid > width && !this.minus) this.writePadding(this.wid - width);
    let out = '';
    if (this.sharp) out += '0' + digits[16];
    bytes.forEach((c, k) => {
      if (this.space && k > 0) {
        out += ' ';
        if (this.sharp) out += '0' + digits[16];
      }
      out += digits[c >> 4] + digits[c & 15];
    });
    this.out += out;
    if (this.widPresent && this.wid > width && this.minus) this.writePadding(this.wid - width);
  }

  // ---- integers (int64)

  private printInteger(n: bigint, verb: string): void {
    switch (verb) {
      case 'v':
      case 'd':
        this.fmtInteger(n, 10, verb, LDIGITS);
        return;
      case 'b':
        this.fmtInteger(n, 2, verb, LDIGITS);
        return;
      case 'o':
      case 'O':
        this.fmtInteger(n, 8, verb, LDIGITS);
        return;
      case 'x':
        this.fmtInteger(n, 16, verb, LDIGITS);
        return;
      case 'X':
        this.fmtInteger(n, 16, verb, UDIGITS);
        return;
      case 'c':
        this.pad(String.fromCodePoint(toRune(n)));
        return;
      case 'q':
        this.pad(quoteRune(toRune(n), this.plus));
        return;
      case 'U':
        this.fmtUnicode(n);
        return;
      default:
        this.badVerb(verb, n);
    }
  }

  private fmtInteger(n: bigint, base: number, verb: string, digits: string): void {
    const negative = n < 0n;
    const u = negative ? -n : n;
    let prec = 0;
    if (this.precPresent) {
      prec = this.prec;
      // Precision 0 and value 0 print nothing but the padding.
      if (prec === 0 && u === 0n) {
        const zero = this.zero;
        this.zero = false;
        this.writePadding(this.wid);
        this.zero = zero;
        return;
      }
    } else if (this.zero && !this.minus && this.widPresent) {
      prec = this.wid;
      if (negative || this.plus || this.space) prec--; // room for the sign
    }
    let s = u.toString(base);
    if (digits === UDIGITS) s = s.toUpperCase();
    if (s.length < prec) s = '0'.repeat(prec - s.length) + s;
    if (this.sharp) {
      if (base === 2) s = '0b' + s;
      else if (base === 8 && s[0] !== '0') s = '0' + s;
      else if (base === 16) s = '0' + digits[16] + s;
    }
    if (verb === 'O') s = '0o' + s;
    if (negative) s = '-' + s;
    else if (this.plus) s = '+' + s;
    else if (this.space) s = ' ' + s;
    // Zero padding was done above as precision (or is ignored for an explicit precision).
    const zero = this.zero;
    this.zero = false;
    this.pad(s);
    this.zero = zero;
  }

  private fmtUnicode(n: bigint): void {
    const u = BigInt.asUintN(64, n);
    let prec = 4;
    if (this.precPresent && this.prec > 4) prec = this.prec;
    let s = 'U+' + u.toString(16).toUpperCase().padStart(prec, '0');
    if (this.sharp && u <= 0x10ffffn && isPrint(Number(u))) s += ` '${String.fromCodePoint(Number(u))}'`;
    const zero = this.zero;
    this.zero = false;
    this.pad(s);
    this.zero = zero;
  }

  // ---- floats (float64)

  private printFloat(x: number, verb: string): void {
    switch (verb) {
      case 'v':
        this.fmtFloat(x, 'g', -1);
        return;
      case 'b':
      case 'g':
      case 'G':
      case 'x':
      case 'X':
        this.fmtFloat(x, verb, -1);
        return;
      case 'f':
      case 'e':
      case 'E':
        this.fmtFloat(x, verb, 6);
        return;
      case 'F':
        this.fmtFloat(x, 'f', 6);
        return;
      default:
        this.badVerb(verb, x);
    }
  }

  private fmtFloat(x: number, verb: FloatFormat, prec: number): void {
    if (this.precPresent) prec = this.prec;
    let num = formatFloat(x, verb, prec);
    if (num[0] !== '-' && num[0] !== '+') num = '+' + num;
    if (this.space && num[0] === '+' && !this.plus) num = ' ' + num.slice(1);
    // Infinities and NaN are not padded with zeros.
    if (num[1] === 'I' || num[1] === 'N') {
      const zero = this.zero;
      this.zero = false;
      if (num[1] === 'N' && !this.space && !this.plus) num = num.slice(1);
      this.pad(num);
      this.zero = zero;
      return;
    }
    if (this.sharp && verb !== 'b') num = sharpFloat(num, verb, prec);
    if (this.plus || num[0] !== '+') {
      // With zero padding the sign goes before the zeros.
      if (this.zero && !this.minus && this.widPresent && this.wid > num.length) {
        this.out += num[0];
        this.writePadding(this.wid - num.length);
        this.out += num.slice(1);
        return;
      }
      this.pad(num);
      return;
    }
    this.pad(num.slice(1));
  }
}

/** The '#' flag on a float: always a decimal point, and %g keeps its trailing zeros. */
function sharpFloat(num: string, verb: string, prec: number): string {
  let digits = 0;
  if (verb === 'g' || verb === 'G' || verb === 'x' || verb === 'X') digits = prec === -1 ? 6 : prec;
  let tail = '';
  let body = num;
  let hasPoint = false;
  let sawNonzero = false;
  for (let i = 1; i < body.length; i++) {
    const c = body[i];
    if (c === '.') hasPoint = true;
    else if (c === 'p' || c === 'P' || ((c === 'e' || c === 'E') && verb !== 'x' && verb !== 'X')) {
      tail = body.slice(i);
      body = body.slice(0, i);
      break;
    } else {
      if (c !== '0') sawNonzero = true;
      if (sawNonzero) digits--;
    }
  }
  if (!hasPoint) {
    if (body.length === 2 && body[1] === '0') digits--;
    body += '.';
  }
  if (digits > 0) body += '0'.repeat(digits);
  return body + tail;
}

function toRune(n: bigint): number {
  // Go converts the uint64 to a rune; anything past U+10FFFF (or negative) is U+FFFD.
  if (n < 0n || n > 0x10ffffn) return 0xfffd;
  const cp = Number(n);
  return cp >= 0xd800 && cp <= 0xdfff ? 0xfffd : cp;
}

function runeCount(s: string): number {
  let n = 0;
  for (const _ of s) n++;
  return n;
}

function parseNum(s: string, start: number, end: number): { num: number; isNum: boolean; next: number } {
  let num = 0;
  let isNum = false;
  let i = start;
  for (; i < end && s[i] >= '0' && s[i] <= '9'; i++) {
    if (!(num > -TOO_LARGE && num < TOO_LARGE)) return { num: 0, isNum: false, next: end };
    num = num * 10 + (s.charCodeAt(i) - 48);
    isNum = true;
  }
  return { num, isNum, next: i };
}

/** "[n]" at `at`: the zero-based index, how many characters it spans, and whether it parsed. */
function parseArgNumber(s: string, at: number): { index: number; wid: number; ok: boolean } {
  if (s.length - at < 3) return { index: 0, wid: 1, ok: false };
  for (let i = at + 1; i < s.length; i++) {
    if (s[i] === ']') {
      const n = parseNum(s, at + 1, i);
      if (!n.isNum || n.next !== i) return { index: 0, wid: i - at + 1, ok: false };
      return { index: n.num - 1, wid: i - at + 1, ok: true };
    }
  }
  return { index: 0, wid: 1, ok: false };
}
