// The scanner of Go's text/template (parse/lex.go, Go 1.25): text, actions between {{ and }},
// trim markers `{{- ` and ` -}}`, comments, and the items inside actions. The whole input is
// scanned up front into an array; an error item ends it, as in Go.
import { isPrint, quote } from '../go/strconv';

export const enum T {
  Error,
  Bool,
  Char,
  CharConstant,
  Comment,
  Assign,
  Declare,
  EOF,
  Complex,
  Field,
  Identifier,
  LeftDelim,
  LeftParen,
  Number,
  Pipe,
  RawString,
  RightDelim,
  RightParen,
  Space,
  String,
  Text,
  Variable,
  // Keywords come after everything else (Go prints them as <word>).
  Keyword,
  Block,
  Break,
  Continue,
  Dot,
  Define,
  Else,
  End,
  If,
  Nil,
  Range,
  Template,
  With,
}

export interface Token {
  readonly t: T;
  /** Index in the input where the item starts. */
  readonly pos: number;
  readonly val: string;
  /** 1-based line of the item's start. */
  readonly line: number;
}

const KEYWORDS: ReadonlyMap<string, T> = new Map([
  ['.', T.Dot],
  ['block', T.Block],
  ['break', T.Break],
  ['continue', T.Continue],
  ['define', T.Define],
  ['else', T.Else],
  ['end', T.End],
  ['if', T.If],
  ['range', T.Range],
  ['nil', T.Nil],
  ['template', T.Template],
  ['with', T.With],
]);

/** How Go prints an item in "unexpected X in Y". */
export function tokenString(tok: Token): string {
  if (tok.t === T.EOF) return 'EOF';
  if (tok.t === T.Error) return tok.val;
  if (tok.t > T.Keyword) return `<${tok.val}>`;
  if (new TextEncoder().encode(tok.val).length > 10) return quote([...tok.val].slice(0, 10).join('')) + '...';
  return quote(tok.val);
}

export interface LexOptions {
  /** break/continue are keywords unless a function of that name exists. */
  breakOK: boolean;
  continueOK: boolean;
}

const enum S {
  Text,
  LeftDelim,
  Comment,
  RightDelim,
  InsideAction,
}

const LEFT = '{{';
const RIGHT = '}}';

function isSpace(c: string): boolean {
  return c === ' ' || c === '\t' || c === '\r' || c === '\n';
}

const ALNUM = /^[\p{L}\p{Nd}_]$/u;

function isAlphaNumeric(c: string): boolean {
  if (c.length === 0) return false;
  const code = c.charCodeAt(0);
  if (code < 0x80) {
    return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || code === 0x5f;
  }
  return ALNUM.test(c);
}

function hasLeftTrimMarker(s: string, at: number): boolean {
  return s[at] === '-' && at + 1 < s.length && isSpace(s[at + 1]);
}

function hasRightTrimMarker(s: string, at: number): boolean {
  return at + 1 < s.length && isSpace(s[at]) && s[at + 1] === '-';
}

/** Scans `input` into items, ending with EOF or an Error item. */
export function lex(input: string, opts: LexOptions): Token[] {
  return new Lexer(input, opts).run();
}

class Lexer {
  private readonly items: Token[] = [];
  private pos = 0;
  private start = 0;
  private line = 1;
  private startLine = 1;
  private parenDepth = 0;
  private done = false;

  constructor(
    private readonly input: string,
    private readonly opts: LexOptions,
  ) {}

  /** Each state sets the next one; a loop runs them, so no input deepens the stack. */
  private state = S.Text;

  run(): Token[] {
    while (!this.done) {
      switch (this.state) {
        case S.Text:
          this.lexText();
          break;
        case S.LeftDelim:
          this.lexLeftDelim();
          break;
        case S.Comment:
          this.lexComment();
          break;
        case S.RightDelim:
          this.lexRightDelim();
          break;
        case S.InsideAction:
          this.lexInsideAction();
          break;
      }
    }
    return this.items;
  }

  /** One code point (a whole surrogate pair), or '' at the end. */
  private peekChar(): string {
    const at = this.pos;
    if (at >= this.input.length) return '';
    const c = this.input.charCodeAt(at);
    if (c >= 0xd800 && c <= 0xdbff && at + 1 < this.input.length) return this.input.slice(at, at + 2);
    return this.input[at];
  }

  private nextChar(): string {
    const c = this.peekChar();
    this.pos += c.length;
    if (c === '\n') this.line++;
    return c;
  }

  private backup(c: string): void {
    this.pos -= c.length;
    if (c === '\n') this.line--;
  }

  private emit(t: T): void {
    this.items.push({ t, pos: this.start, val: this.input.slice(this.start, this.pos), line: this.startLine });
    this.start = this.pos;
    this.startLine = this.line;
  }

  /** Skips the pending input, counting its newlines. */
  private ignore(): void {
    for (let i = this.start; i < this.pos; i++) if (this.input.charCodeAt(i) === 10) this.line++;
    this.start = this.pos;
    this.startLine = this.line;
  }

  private errorf(message: string): void {
    this.items.push({ t: T.Error, pos: this.start, val: message, line: this.startLine });
    this.done = true;
  }

  private accept(valid: string): boolean {
    const c = this.peekChar();
    if (c !== '' && valid.includes(c)) {
      this.nextChar();
      return true;
    }
    return false;
  }

  private acceptRun(valid: string): void {
    while (this.accept(valid));
  }

  // ---- states

  private lexText(): void {
    const x = this.input.indexOf(LEFT, this.pos);
    if (x < 0) {
      this.pos = this.input.length;
      if (this.pos > this.start) this.emitText();
      this.emit(T.EOF);
      this.done = true;
      return;
    }
    this.pos = x;
    let trimLength = 0;
    if (hasLeftTrimMarker(this.input, x + LEFT.length)) {
      let i = x;
      while (i > this.start && isSpace(this.input[i - 1])) i--;
      trimLength = x - i;
    }
    this.pos -= trimLength;
    if (this.pos > this.start) this.emitText();
    this.pos += trimLength;
    this.ignore();
    this.state = S.LeftDelim;
  }

  /** Text items count their own newlines after the item (Go's emit does the same). */
  private emitText(): void {
    const startLine = this.startLine;
    this.items.push({ t: T.Text, pos: this.start, val: this.input.slice(this.start, this.pos), line: startLine });
    this.ignore();
  }

  private lexLeftDelim(): void {
    this.pos += LEFT.length;
    const trimSpace = hasLeftTrimMarker(this.input, this.pos);
    const afterMarker = trimSpace ? 2 : 0;
    if (this.input.startsWith('/*', this.pos + afterMarker)) {
      this.pos += afterMarker;
      this.ignore();
      this.state = S.Comment;
      return;
    }
    this.emit(T.LeftDelim);
    this.pos += afterMarker;
    this.ignore();
    this.parenDepth = 0;
    this.state = S.InsideAction;
  }

  /** 0: not at the right delimiter; 1: at "}}"; 2: at " -}}" (trim marker). */
  private atRightDelim(): number {
    if (hasRightTrimMarker(this.input, this.pos) && this.input.startsWith(RIGHT, this.pos + 2)) return 2;
    return this.input.startsWith(RIGHT, this.pos) ? 1 : 0;
  }

  private lexComment(): void {
    this.pos += 2;
    const i = this.input.indexOf('*/', this.pos);
    if (i < 0) {
      this.errorf('unclosed comment');
      return;
    }
    this.pos = i + 2;
    const at = this.atRightDelim();
    const trimSpaces = at === 2;
    if (at === 0) {
      this.errorf('comment ends before closing delimiter');
      return;
    }
    if (trimSpaces) this.pos += 2;
    this.pos += RIGHT.length;
    if (trimSpaces) this.skipLeadingSpace();
    this.ignore();
    this.state = S.Text;
  }

  private skipLeadingSpace(): void {
    while (this.pos < this.input.length && isSpace(this.input[this.pos])) this.pos++;
  }

  private lexRightDelim(): void {
    const trimSpaces = this.atRightDelim() === 2;
    if (trimSpaces) {
      this.pos += 2;
      this.ignore();
    }
    this.pos += RIGHT.length;
    this.emit(T.RightDelim);
    if (trimSpaces) {
      this.skipLeadingSpace();
      this.ignore();
    }
    this.state = S.Text;
  }

  private lexInsideAction(): void {
    if (this.atRightDelim() !== 0) {
      if (this.parenDepth === 0) {
        this.state = S.RightDelim;
        return;
      }
      this.errorf('unclosed left paren');
      return;
    }
    const r = this.nextChar();
    if (r === '') {
      this.errorf('unclosed action');
      return;
    }
    if (isSpace(r)) {
      this.backup(r);
      this.lexSpace();
      return;
    }
    switch (r) {
      case '=':
        this.emit(T.Assign);
        return;
      case ':':
        if (this.nextChar() !== '=') {
          this.errorf('expected :=');
          return;
        }
        this.emit(T.Declare);
        return;
      case '|':
        this.emit(T.Pipe);
        return;
      case '"':
        return this.lexQuote();
      case '`':
        return this.lexRawQuote();
      case '$':
        return this.lexVariable();
      case "'":
        return this.lexChar();
      case '(':
        this.emit(T.LeftParen);
        this.parenDepth++;
        return;
      case ')':
        if (--this.parenDepth < 0) {
          this.errorf('unexpected right paren');
          return;
        }
        this.emit(T.RightParen);
        return;
    }
    if (r === '.') {
      const c = this.input.charCodeAt(this.pos);
      if (this.pos < this.input.length && (c < 0x30 || c > 0x39)) return this.lexFieldOrVariable(T.Field);
    }
    if (r === '.' || r === '+' || r === '-' || (r >= '0' && r <= '9')) {
      this.backup(r);
      return this.lexNumber();
    }
    if (isAlphaNumeric(r)) {
      this.backup(r);
      return this.lexIdentifier();
    }
    const cp = r.codePointAt(0) as number;
    if (cp <= 0x7f && cp >= 0x20 && cp !== 0x7f) {
      this.emit(T.Char);
      return;
    }
    this.errorf(`unrecognized character in action: ${formatU(cp)}`);
  }

  private lexSpace(): void {
    let numSpaces = 0;
    while (this.pos < this.input.length && isSpace(this.input[this.pos])) {
      this.nextChar();
      numSpaces++;
    }
    // A space may belong to a trim-marked right delimiter " -}}".
    if (hasRightTrimMarker(this.input, this.pos - 1) && this.input.startsWith(RIGHT, this.pos + 1)) {
      this.backup(this.input[this.pos - 1]);
      if (numSpaces === 1) {
        this.state = S.RightDelim;
        return;
      }
    }
    this.emit(T.Space);
    this.state = S.InsideAction;
  }

  /** Advances over letters, digits and '_' (ASCII without building strings). */
  private scanAlphaNumerics(): void {
    const input = this.input;
    for (;;) {
      const c = input.charCodeAt(this.pos);
      if ((c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f) {
        this.pos++;
        continue;
      }
      if (c < 0x80 || Number.isNaN(c)) return;
      const r = this.peekChar();
      if (!isAlphaNumeric(r)) return;
      this.pos += r.length;
    }
  }

  private lexIdentifier(): void {
    this.scanAlphaNumerics();
    const r = this.peekChar();
    const word = this.input.slice(this.start, this.pos);
    if (!this.atTerminator()) {
      this.errorf(`bad character ${formatU(r.codePointAt(0) ?? -1)}`);
      return;
    }
    const key = KEYWORDS.get(word);
    if (key !== undefined && key > T.Keyword) {
      if ((key === T.Break && !this.opts.breakOK) || (key === T.Continue && !this.opts.continueOK)) {
        this.emit(T.Identifier);
      } else this.emit(key);
    } else if (word === 'true' || word === 'false') this.emit(T.Bool);
    else this.emit(T.Identifier);
    this.state = S.InsideAction;
  }

  private lexVariable(): void {
    if (this.atTerminator()) {
      this.emit(T.Variable);
      this.state = S.InsideAction;
      return;
    }
    this.lexFieldOrVariable(T.Variable);
  }

  /** `.Name` or `$name`; the '.' or '$' has been read. */
  private lexFieldOrVariable(t: T): void {
    if (this.atTerminator()) {
      this.emit(t === T.Variable ? T.Variable : T.Dot);
      this.state = S.InsideAction;
      return;
    }
    this.scanAlphaNumerics();
    const r = this.peekChar();
    if (!this.atTerminator()) {
      this.errorf(`bad character ${formatU(r.codePointAt(0) ?? -1)}`);
      return;
    }
    this.emit(t);
    this.state = S.InsideAction;
  }

  /** Whether the next character may end an identifier (so `.X.Y` splits, `$x+2` fails). */
  private atTerminator(): boolean {
    const r = this.peekChar();
    if (r === '' || isSpace(r)) return true;
    switch (r) {
      case '.':
      case ',':
      case '|':
      case ':':
      case ')':
      case '(':
      case '}': // the first character of the right delimiter
        return true;
    }
    return false;
  }

  private lexChar(): void {
    this.lexQuoted("'", T.CharConstant, 'unterminated character constant');
  }

  private lexNumber(): void {
    if (!this.scanNumber()) {
      this.errorf(`bad number syntax: ${quote(this.input.slice(this.start, this.pos))}`);
      return;
    }
    const sign = this.peekChar();
    if (sign === '+' || sign === '-') {
      // A complex constant such as 1+2i: no spaces, ends in 'i'.
      if (!this.scanNumber() || this.input[this.pos - 1] !== 'i') {
        this.errorf(`bad number syntax: ${quote(this.input.slice(this.start, this.pos))}`);
        return;
      }
      this.emit(T.Complex);
    } else this.emit(T.Number);
    this.state = S.InsideAction;
  }

  private scanNumber(): boolean {
    this.accept('+-');
    let digits = '0123456789_';
    if (this.accept('0')) {
      if (this.accept('xX')) digits = '0123456789abcdefABCDEF_';
      else if (this.accept('oO')) digits = '01234567_';
      else if (this.accept('bB')) digits = '01_';
    }
    this.acceptRun(digits);
    if (this.accept('.')) this.acceptRun(digits);
    if (digits.length === 11 && this.accept('eE')) {
      this.accept('+-');
      this.acceptRun('0123456789_');
    }
    if (digits.length === 23 && this.accept('pP')) {
      this.accept('+-');
      this.acceptRun('0123456789_');
    }
    this.accept('i');
    if (isAlphaNumeric(this.peekChar())) {
      this.nextChar();
      return false;
    }
    return true;
  }

  private lexQuote(): void {
    this.lexQuoted('"', T.String, 'unterminated quoted string');
  }

  /** A '…' or "…" literal: backslash escapes anything but a line end; no line end inside. */
  private lexQuoted(close: string, token: T, unterminated: string): void {
    for (;;) {
      let r = this.nextChar();
      if (r === '\\') {
        r = this.nextChar();
        if (r !== '' && r !== '\n') continue;
      }
      if (r === '' || r === '\n') {
        this.errorf(unterminated);
        return;
      }
      if (r === close) break;
    }
    this.emit(token);
    this.state = S.InsideAction;
  }

  private lexRawQuote(): void {
    const end = this.input.indexOf('`', this.pos);
    if (end < 0) {
      this.errorf('unterminated raw quoted string');
      return;
    }
    this.pos = end + 1;
    // Raw strings may span lines; the item keeps the line it starts on.
    this.items.push({ t: T.RawString, pos: this.start, val: this.input.slice(this.start, this.pos), line: this.startLine });
    this.ignore();
    this.state = S.InsideAction;
  }
}

/** Go's %#U: U+00E9 'é'. */
export function formatU(cp: number): string {
  if (cp < 0) return 'U+FFFFFFFFFFFFFFFF';
  const hex = cp.toString(16).toUpperCase().padStart(4, '0');
  return isPrint(cp) ? `U+${hex} '${String.fromCodePoint(cp)}'` : `U+${hex}`;
}
