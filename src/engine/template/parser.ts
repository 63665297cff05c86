// The parser of Go's text/template (parse/parse.go, Go 1.25): builds a Tree per template (the named
// one and each define/block inside it), with Go's checks and error wording
// (`template: NAME:LINE: MSG`).
import type {
  ArgNode,
  BranchNode,
  CommandNode,
  ElseNode,
  EndNode,
  ListNode,
  Node,
  NumberNode,
  PipeNode,
  Source,
  TemplateNode,
  Tree,
  VariableNode,
} from './ast';
import { isEmptyTree, nodeString } from './ast';
import { TemplateError } from './errors';
import { quote } from '../go/strconv';
import { lex, T, tokenString } from './lexer';
import type { Token } from './lexer';
import { parseFloat64, parseInt64, parseUint, unquote, unquoteChar } from './literals';

/**
 * Nesting allowed for parenthesized pipelines and control structures together. Go allows 10000
 * parentheses (1000 on WebAssembly) and any control nesting; we take the WebAssembly figure for
 * both so that no input can exhaust the JavaScript stack, parsing or executing.
 */
export const MAX_NESTING = 1000;

/** Parses `text` as template `name`; returns every tree it defines, `name` included. */
export function parseTemplates(name: string, text: string, hasFunction: (name: string) => boolean): Map<string, Tree> {
  const src: Source = { parseName: name, text };
  const tokens = lex(text, { breakOK: !hasFunction('break'), continueOK: !hasFunction('continue') });
  const shared: Shared = { src, tokens, i: 0, maxRead: 0, treeSet: new Map(), hasFunction };
  const top = new TreeParser(name, shared);
  top.parseTop();
  return shared.treeSet;
}

interface Shared {
  readonly src: Source;
  readonly tokens: Token[];
  /** Index of the next token to read. */
  i: number;
  /** The furthest token read so far: Go reports the line of the last token it lexed. */
  maxRead: number;
  readonly treeSet: Map<string, Tree>;
  readonly hasFunction: (name: string) => boolean;
}

class TreeParser {
  private vars: string[] = ['$'];
  private rangeDepth = 0;
  private depth = 0;
  private actionLine = 0;
  private root: ListNode | null = null;

  constructor(
    private name: string,
    private readonly s: Shared,
  ) {}

  // ---- token stream

  private next(): Token {
    const s = this.s;
    const idx = Math.min(s.i, s.tokens.length - 1);
    if (s.i < s.tokens.length) s.i++;
    if (idx > s.maxRead) s.maxRead = idx;
    return s.tokens[idx];
  }

  private backup(): void {
    this.s.i--;
  }

  private peek(): Token {
    const tok = this.next();
    this.backup();
    return tok;
  }

  private nextNonSpace(): Token {
    let tok: Token;
    do tok = this.next();
    while (tok.t === T.Space);
    return tok;
  }

  private peekNonSpace(): Token {
    const tok = this.nextNonSpace();
    this.backup();
    return tok;
  }

  // ---- errors

  private errorf(message: string): never {
    const line = this.s.tokens[this.s.maxRead].line;
    throw new TemplateError({ kind: 'parse', templateName: this.s.src.parseName, line, reason: message });
  }

  private expect(expected: T, context: string): Token {
    const tok = this.nextNonSpace();
    if (tok.t !== expected) this.unexpected(tok, context);
    return tok;
  }

  private unexpected(tok: Token, context: string): never {
    if (tok.t === T.Error) {
      let extra = '';
      if (this.actionLine !== 0 && this.actionLine !== tok.line) {
        extra = ` in action started at ${this.s.src.parseName}:${this.actionLine}`;
        if (tok.val.endsWith(' action')) extra = extra.slice(' in action'.length);
      }
      this.errorf(tok.val + extra);
    }
    this.errorf(`unexpected ${tokenString(tok)} in ${context}`);
  }

  private enter(): void {
    if (++this.depth > MAX_NESTING) this.errorf('max expression depth exceeded');
  }

  // ---- trees

  /** The top-level template: like itemList, but also takes {{define}} and runs to EOF. */
  parseTop(): void {
    const root = this.newList(this.peek().pos);
    this.root = root;
    while (this.peek().t !== T.EOF) {
      if (this.peek().t === T.LeftDelim) {
        const mark = this.s.i;
        this.next();
        if (this.nextNonSpace().t === T.Define) {
          new TreeParser('definition', this.s).parseDefinition();
          continue;
        }
        this.s.i = mark;
      }
      const n = this.textOrAction();
      if (n.type === 'end' || n.type === 'else') this.errorf(`unexpected ${nodeString(n)}`);
      root.nodes.push(n);
    }
    this.add();
  }

  private parseDefinition(): void {
    const context = 'define clause';
    const tok = this.nextNonSpace();
    if (tok.t !== T.String && tok.t !== T.RawString) this.unexpected(tok, context);
    this.name = this.unquoteOrFail(tok.val);
    this.expect(T.RightDelim, context);
    const [list, end] = this.itemList();
    this.root = list;
    if (end.type !== 'end') this.errorf(`unexpected ${nodeString(end)} in ${context}`);
    this.add();
  }

  /** Adds this tree to the set; a second non-empty definition of a name in one text is an error. */
  private add(): void {
    const root = this.root as ListNode;
    const existing = this.s.treeSet.get(this.name);
    if (!existing || isEmptyTree(existing.root)) {
      this.s.treeSet.set(this.name, { name: this.name, root, src: this.s.src });
      return;
    }
    if (!isEmptyTree(root)) this.errorf(`template: multiple definition of template ${quote(this.name)}`);
  }

  private newList(pos: number): ListNode {
    return { type: 'list', pos, src: this.s.src, nodes: [] };
  }

  /** textOrAction* up to {{end}} or {{else}}, which is returned beside the list. */
  private itemList(): [ListNode, EndNode | ElseNode] {
    const list = this.newList(this.peekNonSpace().pos);
    while (this.peekNonSpace().t !== T.EOF) {
      const n = this.textOrAction();
      if (n.type === 'end' || n.type === 'else') return [list, n];
      list.nodes.push(n);
    }
    this.errorf('unexpected EOF');
  }

  private textOrAction(): Node {
    const tok = this.nextNonSpace();
    switch (tok.t) {
      case T.Text:
        return { type: 'text', pos: tok.pos, src: this.s.src, text: tok.val };
      case T.LeftDelim: {
        this.actionLine = tok.line;
        try {
          return this.action();
        } finally {
          this.actionLine = 0;
        }
      }
      case T.Comment:
        return { type: 'comment', pos: tok.pos, src: this.s.src, text: tok.val };
    }
    this.unexpected(tok, 'input');
  }

  private action(): Node {
    const tok = this.nextNonSpace();
    switch (tok.t) {
      case T.Block:
        return this.blockControl();
      case T.Break:
      case T.Continue:
        return this.breakOrContinue(tok);
      case T.Else:
        return this.elseControl();
      case T.End:
        return { type: 'end', pos: this.expect(T.RightDelim, 'end').pos, src: this.s.src };
      case T.If:
        return this.branch('if');
      case T.Range:
        return this.branch('range');
      case T.Template:
        return this.templateControl();
      case T.With:
        return this.branch('with');
    }
    this.backup();
    const first = this.peek();
    // Variables declared here persist until the enclosing {{end}}.
    return { type: 'action', pos: first.pos, src: this.s.src, pipe: this.pipeline('command', T.RightDelim) };
  }

  private breakOrContinue(tok: Token): Node {
    const word = tok.t === T.Break ? 'break' : 'continue';
    const after = this.nextNonSpace();
    if (after.t !== T.RightDelim) this.unexpected(after, `{{${word}}}`);
    if (this.rangeDepth === 0) this.errorf(`{{${word}}} outside {{range}}`);
    return { type: word, pos: tok.pos, src: this.s.src };
  }

  /** declarations? command ('|' command)* */
  private pipeline(context: string, end: T): PipeNode {
    const first = this.peekNonSpace();
    const decl: VariableNode[] = [];
    let isAssign = false;
    for (;;) {
      const v = this.peekNonSpace();
      if (v.t !== T.Variable) break;
      const mark = this.s.i; // at v
      this.next();
      const after = this.peekNonSpace();
      if (after.t === T.Assign || after.t === T.Declare) {
        isAssign = after.t === T.Assign;
        this.nextNonSpace();
        decl.push(this.newVariable(v.pos, v.val));
        this.vars.push(v.val);
        break;
      }
      if (after.t === T.Char && after.val === ',') {
        this.nextNonSpace();
        decl.push(this.newVariable(v.pos, v.val));
        this.vars.push(v.val);
        if (context === 'range' && decl.length < 2) {
          const t = this.peekNonSpace().t;
          if (t === T.Variable || t === T.RightDelim || t === T.RightParen) continue; // the second variable
          this.errorf('range can only initialize variables');
        }
        this.errorf(`too many declarations in ${context}`);
      }
      this.s.i = mark; // $x is an operand, not a declaration
      break;
    }
    const pipe: PipeNode = { type: 'pipe', pos: first.pos, src: this.s.src, isAssign, decl, cmds: [] };
    for (;;) {
      const tok = this.nextNonSpace();
      if (tok.t === end) {
        this.checkPipeline(pipe, context);
        return pipe;
      }
      switch (tok.t) {
        case T.Bool:
        case T.CharConstant:
        case T.Complex:
        case T.Dot:
        case T.Field:
        case T.Identifier:
        case T.Number:
        case T.Nil:
        case T.RawString:
        case T.String:
        case T.Variable:
        case T.LeftParen:
          this.backup();
          pipe.cmds.push(this.command());
          continue;
      }
      this.unexpected(tok, context);
    }
  }

  private checkPipeline(pipe: PipeNode, context: string): void {
    if (pipe.cmds.length === 0) this.errorf(`missing value for ${context}`);
    for (let i = 1; i < pipe.cmds.length; i++) {
      const t = pipe.cmds[i].args[0].type;
      if (t === 'bool' || t === 'dot' || t === 'nil' || t === 'number' || t === 'string') {
        this.errorf(`non executable command in pipeline stage ${i + 1}`);
      }
    }
  }

  private branch(context: 'if' | 'range' | 'with'): BranchNode {
    this.enter();
    const varsLen = this.vars.length;
    const pipe = this.pipeline(context, T.RightDelim);
    if (context === 'range') this.rangeDepth++;
    const [list, next] = this.itemList();
    if (context === 'range') this.rangeDepth--;
    let elseList: ListNode | null = null;
    if (next.type === 'else') {
      // {{else if x}} and {{else with x}} are {{else}}{{if x}}...{{end}}{{end}} with the inner
      // {{end}} standing for both.
      const t = this.peek().t;
      if ((context === 'if' && t === T.If) || (context === 'with' && t === T.With)) {
        this.next();
        elseList = this.newList(next.pos);
        elseList.nodes.push(this.branch(context));
      } else {
        const [els, end] = this.itemList();
        if (end.type !== 'end') this.errorf(`expected end; found ${nodeString(end)}`);
        elseList = els;
      }
    }
    this.vars.length = varsLen;
    this.depth--;
    return { type: context, pos: pipe.pos, src: this.s.src, pipe, list, elseList };
  }

  private elseControl(): ElseNode {
    const peek = this.peekNonSpace();
    // {{else if ...}} / {{else with ...}}: leave the keyword for the enclosing branch to read.
    if (peek.t === T.If || peek.t === T.With) return { type: 'else', pos: peek.pos, src: this.s.src };
    const tok = this.expect(T.RightDelim, 'else');
    return { type: 'else', pos: tok.pos, src: this.s.src };
  }

  private blockControl(): TemplateNode {
    const context = 'block clause';
    const tok = this.nextNonSpace();
    const name = this.templateName(tok, context);
    const pipe = this.pipeline(context, T.RightDelim);
    const block = new TreeParser(name, this.s);
    const [list, end] = block.itemList();
    block.root = list;
    if (end.type !== 'end') this.errorf(`unexpected ${nodeString(end)} in ${context}`);
    block.add();
    return { type: 'template', pos: tok.pos, src: this.s.src, name, pipe };
  }

  private templateControl(): TemplateNode {
    const context = 'template clause';
    const tok = this.nextNonSpace();
    const name = this.templateName(tok, context);
    let pipe: PipeNode | null = null;
    if (this.nextNonSpace().t !== T.RightDelim) {
      this.backup();
      pipe = this.pipeline(context, T.RightDelim);
    }
    return { type: 'template', pos: tok.pos, src: this.s.src, name, pipe };
  }

  private templateName(tok: Token, context: string): string {
    if (tok.t === T.String || tok.t === T.RawString) return this.unquoteOrFail(tok.val);
    this.unexpected(tok, context);
  }

  private unquoteOrFail(lit: string): string {
    try {
      return unquote(lit);
    } catch (e) {
      this.errorf((e as Error).message);
    }
  }

  /** operand (space operand)*, up to a pipe character (consumed) or a right delimiter/paren. */
  private command(): CommandNode {
    const cmd: CommandNode = { type: 'command', pos: this.peekNonSpace().pos, src: this.s.src, args: [] };
    for (;;) {
      this.peekNonSpace(); // skip leading spaces
      const operand = this.operand();
      if (operand) cmd.args.push(operand);
      const tok = this.next();
      if (tok.t === T.Space) continue;
      if (tok.t === T.RightDelim || tok.t === T.RightParen) this.backup();
      else if (tok.t !== T.Pipe) this.unexpected(tok, 'operand');
      break;
    }
    if (cmd.args.length === 0) this.errorf('empty command');
    return cmd;
  }

  /** term .Field* */
  private operand(): ArgNode | null {
    const node = this.term();
    if (!node) return null;
    if (this.peek().t !== T.Field) return node;
    const chainPos = this.peek().pos;
    const fields: string[] = [];
    while (this.peek().t === T.Field) fields.push(this.next().val.slice(1));
    // As Go does, .X.Y and $x.Y stay one node, positioned at the first chained field.
    switch (node.type) {
      case 'field':
        return { type: 'field', pos: chainPos, src: this.s.src, ident: [...node.ident, ...fields] };
      case 'variable':
        return { type: 'variable', pos: chainPos, src: this.s.src, ident: [...node.ident, ...fields] };
      case 'bool':
      case 'string':
      case 'number':
      case 'nil':
      case 'dot':
        this.errorf(`unexpected . after term ${quote(nodeString(node))}`);
    }
    return { type: 'chain', pos: chainPos, src: this.s.src, node, field: fields };
  }

  private term(): ArgNode | null {
    const tok = this.nextNonSpace();
    const src = this.s.src;
    switch (tok.t) {
      case T.Identifier:
        if (!this.s.hasFunction(tok.val)) this.errorf(`function ${quote(tok.val)} not defined`);
        return { type: 'identifier', pos: tok.pos, src, ident: tok.val };
      case T.Dot:
        return { type: 'dot', pos: tok.pos, src };
      case T.Nil:
        return { type: 'nil', pos: tok.pos, src };
      case T.Variable:
        return this.useVar(tok.pos, tok.val);
      case T.Field:
        return { type: 'field', pos: tok.pos, src, ident: tok.val.slice(1).split('.') };
      case T.Bool:
        return { type: 'bool', pos: tok.pos, src, value: tok.val === 'true' };
      case T.CharConstant:
      case T.Complex:
      case T.Number:
        return this.newNumber(tok);
      case T.LeftParen: {
        this.enter();
        const pipe = this.pipeline('parenthesized pipeline', T.RightParen);
        this.depth--;
        return pipe;
      }
      case T.String:
      case T.RawString:
        return { type: 'string', pos: tok.pos, src, quoted: tok.val, text: this.unquoteOrFail(tok.val) };
    }
    this.backup();
    return null;
  }

  private newVariable(pos: number, ident: string): VariableNode {
    return { type: 'variable', pos, src: this.s.src, ident: ident.split('.') };
  }

  private useVar(pos: number, name: string): VariableNode {
    const v = this.newVariable(pos, name);
    if (!this.vars.includes(v.ident[0])) this.errorf(`undefined variable ${quote(v.ident[0])}`);
    return v;
  }

  private newNumber(tok: Token): NumberNode {
    const text = tok.val;
    const isHexInt = text.length > 2 && text[0] === '0' && (text[1] === 'x' || text[1] === 'X') && !/[pP]/.test(text);
    const floatSyntax = tok.t !== T.CharConstant && !isHexInt && /[.eEpP]/.test(text);
    const base = { type: 'number' as const, pos: tok.pos, src: this.s.src, text, floatSyntax };
    if (tok.t === T.CharConstant) {
      let r;
      try {
        r = unquoteChar(text, 1, "'");
      } catch (e) {
        this.errorf((e as Error).message);
      }
      if (text.slice(r.next) !== "'") this.errorf(`malformed character constant: ${text}`);
      const cp = r.byte ?? (r.text.codePointAt(0) as number);
      return { ...base, isInt: true, isUint: true, isFloat: true, isComplex: false, int: BigInt(cp), uint: BigInt(cp), float: cp };
    }
    if (tok.t === T.Complex || text.endsWith('i')) {
      // Complex constants: parsed so the template stays valid, refused when executed.
      return { ...base, isInt: false, isUint: false, isFloat: false, isComplex: true, int: 0n, uint: 0n, float: 0 };
    }
    const u = parseUint(text);
    const i = parseInt64(text);
    let isInt = i !== null;
    let isUint = u !== null || i === 0n;
    let int = i ?? 0n;
    let uint = u ?? 0n;
    let isFloat = false;
    let float = 0;
    if (isInt) {
      isFloat = true;
      float = Number(int);
    } else if (isUint) {
      isFloat = true;
      float = Number(uint);
    } else {
      const f = parseFloat64(text);
      if (f !== null) {
        if (!/[.eEpP]/.test(text)) this.errorf(`integer overflow: ${quote(text)}`);
        isFloat = true;
        float = f;
        if (Number.isInteger(f) && f >= -(2 ** 63) && f < 2 ** 63) {
          isInt = true;
          int = BigInt(f);
        }
        if (Number.isInteger(f) && f >= 0 && f < 2 ** 64) {
          isUint = true;
          uint = BigInt(f);
        }
      }
    }
    if (!isInt && !isUint && !isFloat) this.errorf(`illegal number syntax: ${quote(text)}`);
    return { ...base, isInt, isUint, isFloat, isComplex: false, int, uint, float };
  }
}
