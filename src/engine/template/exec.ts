// Executing a parsed template as Go's text/template does (exec.go, Go 1.25, missingkey=zero):
// dot and variable scoping, field and map access, function and method calls with Go's argument
// checks, pipelines, if/with/range/template, and errors worded as Go's, naming the node at fault.
//
// Beside each value the executor keeps flags (see builtins.ts): IFACE marks a value taken out of a
// map or list, where Go holds it in an interface; a nil there is "a nil interface", which fails as
// a field receiver ("nil pointer evaluating interface {}.x") where a nil pipeline result does not.
import type { GoFunc, GoValue } from '../value';
import { GO_PARAM_TYPE_NAMES, GoIntOperand, GoObject, goTypeName, isGoMap, isIntField, mapGet, mapLikeOf, signatureOf, sortedKeys } from '../value';
import { formatValue } from '../go/fmt';
import { quote } from '../go/strconv';
import type {
  ArgNode,
  BranchNode,
  ChainNode,
  CommandNode,
  FieldNode,
  IdentifierNode,
  Node,
  NumberNode,
  PipeNode,
  TemplateNode,
  Tree,
  VariableNode,
} from './ast';
import { nodeString } from './ast';
import { BUILTINS, builtinResultFlags, IFACE, INT, typeOf } from './builtins';
import type { ParamKind } from './builtins';
import { TemplateError } from './errors';
import { isTrue, listOf } from './truth';

/**
 * `{{template}}` calls allowed inside one another within one execution, as Go counts them: per
 * ExecuteTemplate call, so an `include` (a new execution) starts again from zero.
 */
export const MAX_TEMPLATE_DEPTH = 100000;
/**
 * JavaScript's stack holds about a thousand nested template calls, far fewer than Go's limit, and
 * it is shared by every execution in progress (include and tpl run inside a template). So nesting
 * is also counted across executions and stopped here, before the stack overflows, with the error
 * Go gives for the runaway recursion that is the only way to get this deep. (A stack overflow
 * that still happens is caught and reported the same way.)
 */
export const MAX_NESTED_TEMPLATES = 800;
const DEPTH_MESSAGE = 'exceeded maximum template depth (100000)';

const BREAK = 1;
const CONTINUE = 2;

/** "No final argument": a command that is not fed by a previous pipeline stage. */
const MISSING: unique symbol = Symbol('missing');
type Final = GoValue | typeof MISSING;

/** A function's Go signature as the executor reads it. */
interface CallSignature {
  params: readonly ParamKind[];
  variadic?: ParamKind;
  result?: 'int';
  reflectsInt?: boolean;
}

const UNTYPED: CallSignature = { params: [], variadic: 'any' };

/** Go's parameter type names, plus the reflect.Value some builtins take. */
const PARAM_TYPE_NAMES: Record<ParamKind, string> = { ...GO_PARAM_TYPE_NAMES, value: 'reflect.Value' };

/** Set while a JavaScript stack overflow unwinds, so that no layer wraps it as a function error. */
let overflowing = false;

/** The command whose function is being called right now (see currentCallSite). */
let callingNode: Node | null = null;

/**
 * Where the function being called is written: the file (Go's ParseName) and the command's offset in
 * it. Read synchronously on entry by functions that remember results per call site (the crypto
 * functions); null outside a template call.
 */
export function currentCallSite(): { file: string; pos: number } | null {
  return callingNode ? { file: callingNode.src.parseName, pos: callingNode.pos } : null;
}
/** Executions in progress (include and tpl run templates from inside a template). */
let running = 0;
/** `{{template}}` calls in progress across all executions (the JavaScript stack's budget). */
let nestedTemplates = 0;

export function execute(
  tree: Tree,
  data: GoValue,
  trees: ReadonlyMap<string, Tree>,
  funcs: ReadonlyMap<string, GoFunc>,
): string {
  const ex = new Executor(tree, trees, funcs);
  running++;
  try {
    ex.pushVar('$', data, 0);
    ex.walk(data, 0, tree.root);
    return ex.out.join('');
  } catch (e) {
    if (isStackOverflow(e)) {
      overflowing = true;
      if (running === 1) {
        overflowing = false;
        throw ex.error(DEPTH_MESSAGE);
      }
    }
    throw e;
  } finally {
    running--;
  }
}

function isStackOverflow(e: unknown): boolean {
  return overflowing || (e instanceof RangeError && /call stack/i.test(e.message));
}

/** Go's column: the byte offset of `pos` within its line. */
function location(text: string, pos: number): { line: number; col: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < pos; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  const prefix = text.slice(lineStart, pos);
  // eslint-disable-next-line no-control-regex
  const col = /^[\x00-\x7f]*$/.test(prefix) ? prefix.length : new TextEncoder().encode(prefix).length;
  return { line, col };
}

class Executor {
  readonly out: string[] = [];
  /** The node being evaluated, named by errors (Go's state.at). */
  private node: Node | null = null;
  private tmpl: Tree;
  private depth = 0;
  // The variable stack, as three parallel arrays; a template call starts a frame at varBase.
  private readonly varNames: string[] = [];
  private readonly varVals: GoValue[] = [];
  private readonly varFlags: number[] = [];
  private varBase = 0;
  /** Flags of the value the last eval function returned. */
  private resFlags = 0;
  /** Flags of the final (piped-in) argument of the command being evaluated. */
  private finalFlags = 0;

  constructor(
    tree: Tree,
    private readonly trees: ReadonlyMap<string, Tree>,
    private readonly funcs: ReadonlyMap<string, GoFunc>,
  ) {
    this.tmpl = tree;
  }

  // ---- errors

  error(reason: string, extra?: { funcName?: string; cause?: unknown }): TemplateError {
    const node = this.node;
    if (!node) return new TemplateError({ kind: 'exec', templateName: this.tmpl.name, line: 0, reason, ...extra });
    const { line, col } = location(node.src.text, node.pos);
    return new TemplateError({
      kind: 'exec',
      templateName: node.src.parseName,
      line,
      col,
      executing: this.tmpl.name,
      nodeText: nodeString(node),
      reason,
      ...extra,
    });
  }

  private errorf(reason: string): never {
    throw this.error(reason);
  }

  // ---- variables

  pushVar(name: string, value: GoValue, flags: number): void {
    this.varNames.push(name);
    this.varVals.push(value);
    this.varFlags.push(flags);
  }

  private mark(): number {
    return this.varNames.length;
  }

  private pop(mark: number): void {
    this.varNames.length = mark;
    this.varVals.length = mark;
    this.varFlags.length = mark;
  }

  private findVar(name: string): number {
    for (let i = this.varNames.length - 1; i >= this.varBase; i--) if (this.varNames[i] === name) return i;
    this.errorf(`undefined variable: ${name}`);
  }

  private setVar(name: string, value: GoValue, flags: number): void {
    const i = this.findVar(name);
    this.varVals[i] = value;
    this.varFlags[i] = flags;
  }

  private setTopVar(n: number, value: GoValue, flags: number): void {
    const i = this.varNames.length - n;
    this.varVals[i] = value;
    this.varFlags[i] = flags;
  }

  // ---- walking

  /** Runs a node; returns BREAK or CONTINUE when a {{break}}/{{continue}} is unwinding. */
  walk(dot: GoValue, dotFlags: number, node: Node): number {
    this.node = node;
    switch (node.type) {
      case 'text':
        this.out.push(node.text);
        return 0;
      case 'action': {
        // Variables declared here persist to the end of the enclosing control structure.
        const val = this.evalPipeline(dot, dotFlags, node.pipe);
        if (node.pipe.decl.length === 0) this.printValue(node, val);
        return 0;
      }
      case 'list': {
        const nodes = node.nodes;
        for (let i = 0; i < nodes.length; i++) {
          const code = this.walk(dot, dotFlags, nodes[i]);
          if (code !== 0) return code;
        }
        return 0;
      }
      case 'if':
      case 'with':
        return this.walkIfOrWith(node, dot, dotFlags);
      case 'range':
        return this.walkRange(node, dot, dotFlags);
      case 'template':
        return this.walkTemplate(node, dot, dotFlags);
      case 'break':
        return BREAK;
      case 'continue':
        return CONTINUE;
      case 'comment':
        return 0;
    }
    this.errorf(`unknown node: ${nodeString(node)}`);
  }

  private printValue(node: Node, v: GoValue): void {
    this.node = node;
    if (typeof v === 'string') this.out.push(v);
    else this.out.push(v === null ? '<no value>' : formatValue(v));
  }

  private walkIfOrWith(node: BranchNode, dot: GoValue, dotFlags: number): number {
    const mark = this.mark();
    const val = this.evalPipeline(dot, dotFlags, node.pipe);
    const valFlags = this.resFlags;
    let code = 0;
    if (isTrue(val)) {
      code = node.type === 'with' ? this.walk(val, valFlags, node.list) : this.walk(dot, dotFlags, node.list);
    } else if (node.elseList) {
      code = this.walk(dot, dotFlags, node.elseList);
    }
    this.pop(mark);
    return code;
  }

  private walkRange(r: BranchNode, dot: GoValue, dotFlags: number): number {
    this.node = r;
    const outer = this.mark();
    const val = this.evalPipeline(dot, dotFlags, r.pipe);
    const valFlags = this.resFlags;
    const mark = this.mark();
    const decl = r.pipe.decl;
    const one = (index: GoValue, indexFlags: number, elem: GoValue, elemFlags: number): number => {
      if (decl.length > 0) {
        if (r.pipe.isAssign) {
          // With two variables, the index comes first; with one, the element.
          if (decl.length > 1) this.setVar(decl[0].ident[0], index, indexFlags);
          else this.setVar(decl[0].ident[0], elem, elemFlags);
        } else this.setTopVar(1, elem, elemFlags);
      }
      if (decl.length > 1) {
        if (r.pipe.isAssign) this.setVar(decl[1].ident[0], elem, elemFlags);
        else this.setTopVar(2, index, indexFlags);
      }
      const code = this.walk(elem, elemFlags, r.list);
      this.pop(mark);
      return code;
    };
    let ran = false;
    const list = listOf(val);
    if (list) {
      const elemFlags = Array.isArray(val) ? IFACE : 0;
      for (let i = 0; i < list.length; i++) {
        ran = true;
        if (one(BigInt(i), INT, list[i] ?? null, elemFlags) === BREAK) break;
      }
    } else if (typeof val === 'bigint') {
      if (decl.length > 1) this.errorf(`can't use ${formatValue(val)} to iterate over more than one variable`);
      for (let i = 0n; i < val; i++) {
        ran = true;
        if (one(null, 0, i, valFlags) === BREAK) break;
      }
    } else if (isGoMap(val)) {
      for (const key of sortedKeys(val)) {
        ran = true;
        if (one(key, 0, mapGet(val, key) ?? null, IFACE) === BREAK) break;
      }
    } else if (val !== null) {
      const m = mapLikeOf(val);
      if (!m) this.errorf(`range can't iterate over ${formatValue(val)}`);
      for (const [key, elem] of m.goEntries()) {
        ran = true;
        if (one(key, 0, elem, 0) === BREAK) break;
      }
    }
    if (!ran && r.elseList) this.walk(dot, dotFlags, r.elseList);
    this.pop(outer);
    return 0;
  }

  private walkTemplate(t: TemplateNode, dot: GoValue, dotFlags: number): number {
    this.node = t;
    const tmpl = this.trees.get(t.name);
    if (!tmpl) this.errorf(`template ${quote(t.name)} not defined`);
    if (this.depth >= MAX_TEMPLATE_DEPTH || nestedTemplates >= MAX_NESTED_TEMPLATES) this.errorf(DEPTH_MESSAGE);
    // Variables declared by the pipeline persist; the called template sees none of them.
    const newDot = t.pipe ? this.evalPipeline(dot, dotFlags, t.pipe) : null;
    const newFlags = t.pipe ? this.resFlags : 0;
    const saved = { tmpl: this.tmpl, base: this.varBase, mark: this.mark() };
    this.tmpl = tmpl;
    this.depth++;
    nestedTemplates++;
    try {
      this.varBase = saved.mark;
      this.pushVar('$', newDot, newFlags);
      this.walk(newDot, newFlags, tmpl.root);
    } finally {
      nestedTemplates--;
      this.depth--;
    }
    this.pop(saved.mark);
    this.varBase = saved.base;
    this.tmpl = saved.tmpl;
    return 0;
  }

  // ---- evaluation

  /** The value of a pipeline; declares or assigns its variables. Its result is never IFACE. */
  private evalPipeline(dot: GoValue, dotFlags: number, pipe: PipeNode): GoValue {
    this.node = pipe;
    let value: Final = MISSING;
    const cmds = pipe.cmds;
    for (let i = 0; i < cmds.length; i++) {
      // The previous stage's value is this one's last argument; it keeps its int-ness.
      this.finalFlags = this.resFlags & INT;
      value = this.evalCommand(dot, dotFlags, cmds[i], value);
    }
    const v = value as GoValue;
    // An interface{} result is unwrapped to what it holds: a nil becomes "no value".
    const flags = this.resFlags & INT;
    for (const variable of pipe.decl) {
      if (pipe.isAssign) this.setVar(variable.ident[0], v, flags);
      else this.pushVar(variable.ident[0], v, flags);
    }
    this.resFlags = flags;
    return v;
  }

  private notAFunction(args: ArgNode[] | null, final: Final): void {
    if ((args !== null && args.length > 1) || final !== MISSING) {
      this.errorf(`can't give argument to non-function ${nodeString((args as ArgNode[])[0])}`);
    }
  }

  private evalCommand(dot: GoValue, dotFlags: number, cmd: CommandNode, final: Final): GoValue {
    const first = cmd.args[0];
    switch (first.type) {
      case 'field':
        return this.evalFieldNode(dot, dotFlags, first, cmd.args, final);
      case 'chain':
        return this.evalChainNode(dot, dotFlags, first, cmd.args, final);
      case 'identifier':
        return this.evalFunction(dot, dotFlags, first, cmd, cmd.args, final);
      case 'pipe':
        // A parenthesized pipeline takes no arguments.
        this.notAFunction(cmd.args, final);
        return this.evalPipeline(dot, dotFlags, first);
      case 'variable':
        return this.evalVariableNode(dot, dotFlags, first, cmd.args, final);
    }
    this.node = first;
    this.notAFunction(cmd.args, final);
    this.resFlags = 0;
    switch (first.type) {
      case 'bool':
        return first.value;
      case 'dot':
        this.resFlags = dotFlags;
        return dot;
      case 'nil':
        this.errorf('nil is not a command');
      // falls through (errorf throws)
      case 'number':
        return this.idealConstant(first);
      case 'string':
        return first.text;
    }
    this.errorf(`can't evaluate command ${quote(nodeString(first))}`);
  }

  /** A number constant in a context with no type: an int, or a float64 when written as one. */
  private idealConstant(n: NumberNode): GoValue {
    this.node = n;
    if (n.isComplex) this.errorf('complex constants are not supported');
    if (n.isFloat && n.floatSyntax) {
      this.resFlags = 0;
      return n.float;
    }
    if (n.isInt) {
      this.resFlags = INT;
      return n.int;
    }
    if (n.isUint) this.errorf(`${n.text} overflows int`);
    this.resFlags = 0;
    return null;
  }

  private evalFieldNode(dot: GoValue, dotFlags: number, field: FieldNode, args: ArgNode[] | null, final: Final): GoValue {
    this.node = field;
    return this.evalFieldChain(dot, dotFlags, dot, dotFlags, field, field.ident, 0, args, final);
  }

  private evalChainNode(dot: GoValue, dotFlags: number, chain: ChainNode, args: ArgNode[] | null, final: Final): GoValue {
    this.node = chain;
    if (chain.node.type === 'nil') this.errorf(`indirection through explicit nil in ${nodeString(chain)}`);
    // (pipe).Field1.Field2: the pipeline first, then the fields.
    const recv = this.evalArg(dot, dotFlags, null, chain.node);
    return this.evalFieldChain(dot, dotFlags, recv, this.resFlags, chain, chain.field, 0, args, final);
  }

  private evalVariableNode(dot: GoValue, dotFlags: number, v: VariableNode, args: ArgNode[] | null, final: Final): GoValue {
    this.node = v;
    const i = this.findVar(v.ident[0]);
    const value = this.varVals[i];
    const flags = this.varFlags[i];
    if (v.ident.length === 1) {
      this.notAFunction(args, final);
      this.resFlags = flags;
      return value;
    }
    return this.evalFieldChain(dot, dotFlags, value, flags, v, v.ident, 1, args, final);
  }

  /** .X.Y.Z from `start` in `ident`, the last one possibly a method taking the arguments. */
  private evalFieldChain(
    dot: GoValue,
    dotFlags: number,
    recv: GoValue,
    recvFlags: number,
    node: Node,
    ident: string[],
    start: number,
    args: ArgNode[] | null,
    final: Final,
  ): GoValue {
    const n = ident.length;
    for (let i = start; i < n - 1; i++) {
      recv = this.evalField(dot, dotFlags, ident[i], node, null, MISSING, recv, recvFlags);
      recvFlags = this.resFlags;
    }
    return this.evalField(dot, dotFlags, ident[n - 1], node, args, final, recv, recvFlags);
  }

  private evalField(
    dot: GoValue,
    dotFlags: number,
    name: string,
    node: Node,
    args: ArgNode[] | null,
    final: Final,
    recv: GoValue,
    recvFlags: number,
  ): GoValue {
    if (recv === null) {
      // No value at all gives no value; a nil held in an interface cannot be looked into.
      if (!(recvFlags & IFACE)) {
        this.resFlags = 0;
        return null;
      }
      this.errorf(`nil pointer evaluating interface {}.${name}`);
    }
    const hasArgs = (args !== null && args.length > 1) || final !== MISSING;
    if (recv instanceof GoObject) {
      const method = recv.method(name);
      if (method) return this.evalCall(dot, dotFlags, method, signatureOf(method) ?? UNTYPED, node, name, args, final);
      const field = recv.field(name);
      if (field !== undefined) {
        if (hasArgs) this.errorf(`${name} has arguments but cannot be invoked as function`);
        this.resFlags = 0;
        return field;
      }
      // a map type with methods: a name that is no method is a key
      const m = mapLikeOf(recv);
      if (m) {
        if (hasArgs) this.errorf(`${name} is not a method but has arguments`);
        this.resFlags = 0;
        return m.goIndex(name);
      }
    } else if (isGoMap(recv)) {
      if (hasArgs) this.errorf(`${name} is not a method but has arguments`);
      const v = mapGet(recv, name) ?? null;
      this.resFlags = typeof v === 'bigint' && isIntField(recv, name) ? IFACE | INT : IFACE;
      return v;
    }
    const typ = recvFlags & IFACE ? 'interface {}' : typeOf(recv, recvFlags);
    this.errorf(`can't evaluate field ${name} in type ${typ}`);
  }

  private evalFunction(
    dot: GoValue,
    dotFlags: number,
    node: IdentifierNode,
    cmd: Node,
    args: ArgNode[] | null,
    final: Final,
  ): GoValue {
    this.node = node;
    const name = node.ident;
    const fn = this.funcs.get(name);
    if (fn) return this.evalCall(dot, dotFlags, fn, signatureOf(fn) ?? UNTYPED, cmd, name, args, final);
    if (BUILTINS.has(name)) return this.evalBuiltin(dot, dotFlags, name, cmd, args, final);
    this.errorf(`${quote(name)} is not a defined function`);
  }

  /** Checks the argument count as Go's evalCall does. */
  private checkArity(name: string, sig: { params: readonly ParamKind[]; variadic?: ParamKind }, nArgs: number, numIn: number): void {
    if (sig.variadic !== undefined) {
      if (numIn < sig.params.length) {
        this.errorf(`wrong number of args for ${name}: want at least ${sig.params.length} got ${nArgs}`);
      }
    } else if (numIn !== sig.params.length) {
      this.errorf(`wrong number of args for ${name}: want ${sig.params.length} got ${numIn}`);
    }
  }

  /** Evaluates the arguments of a call (args[0] is the function's own node) and the final value. */
  private evalCallArgs(
    dot: GoValue,
    dotFlags: number,
    sig: { params: readonly ParamKind[]; variadic?: ParamKind },
    args: ArgNode[] | null,
    final: Final,
    flagsOut: number[] | null,
  ): GoValue[] {
    const finalFlags = this.finalFlags; // before argument pipelines overwrite it
    const nArgs = args ? args.length - 1 : 0;
    const numIn = nArgs + (final !== MISSING ? 1 : 0);
    const params = sig.params;
    const numFixed = sig.variadic !== undefined ? params.length : nArgs;
    const argv: GoValue[] = new Array(numIn);
    let i = 0;
    for (; i < numFixed && i < nArgs; i++) {
      argv[i] = this.evalArg(dot, dotFlags, params[i], (args as ArgNode[])[i + 1]);
      if (flagsOut) flagsOut[i] = this.resFlags;
    }
    for (; i < nArgs; i++) {
      argv[i] = this.evalArg(dot, dotFlags, sig.variadic as ParamKind, (args as ArgNode[])[i + 1]);
      if (flagsOut) flagsOut[i] = this.resFlags;
    }
    if (final !== MISSING) {
      let t: ParamKind;
      if (sig.variadic === undefined) t = params[params.length - 1];
      else t = numIn - 1 < params.length ? params[numIn - 1] : sig.variadic;
      argv[i] = this.validateType(final, finalFlags, t);
      if (flagsOut) flagsOut[i] = this.resFlags;
    }
    return argv;
  }

  private evalCall(
    dot: GoValue,
    dotFlags: number,
    fn: GoFunc,
    sig: CallSignature,
    node: Node,
    name: string,
    args: ArgNode[] | null,
    final: Final,
  ): GoValue {
    const nArgs = args ? args.length - 1 : 0;
    this.checkArity(name, sig, nArgs, nArgs + (final !== MISSING ? 1 : 0));
    const argFlags: number[] | null = sig.reflectsInt ? [] : null;
    const argv = this.evalCallArgs(dot, dotFlags, sig, args, final, argFlags);
    if (argFlags) {
      for (let i = 0; i < argv.length; i++) {
        const a = argv[i];
        if (typeof a === 'bigint' && argFlags[i] & INT) argv[i] = new GoIntOperand(a);
      }
    }
    let v: GoValue | undefined;
    const outerCall = callingNode;
    callingNode = node;
    try {
      v = fn(...argv);
    } catch (e) {
      if (isStackOverflow(e)) {
        overflowing = true;
        throw e;
      }
      this.node = node;
      throw this.error(`error calling ${name}: ${errorText(e)}`, { funcName: name, cause: e });
    } finally {
      callingNode = outerCall;
    }
    const value = v ?? null;
    // A function returning nothing returns a nil interface{} (see validateType).
    this.resFlags = value === null ? IFACE : sig.result === 'int' && typeof value === 'bigint' ? INT : 0;
    return value;
  }

  private evalBuiltin(
    dot: GoValue,
    dotFlags: number,
    name: string,
    node: Node,
    args: ArgNode[] | null,
    final: Final,
  ): GoValue {
    const b = BUILTINS.get(name) as NonNullable<ReturnType<typeof BUILTINS.get>>;
    const nArgs = args ? args.length - 1 : 0;
    this.checkArity(name, b, nArgs, nArgs + (final !== MISSING ? 1 : 0));
    if (name === 'and' || name === 'or') {
      // Short-circuit: the first argument that decides is the result.
      const wantTrue = name === 'or';
      let v: GoValue = null;
      for (let i = 1; i <= nArgs; i++) {
        v = this.evalArg(dot, dotFlags, 'value', (args as ArgNode[])[i]);
        if (isTrue(v) === wantTrue) return v;
      }
      if (final !== MISSING) {
        v = final;
        this.resFlags = 0;
      }
      return v;
    }
    const flags: number[] = [];
    const argv = this.evalCallArgs(dot, dotFlags, b, args, final, flags);
    const callee = args && args.length > 1 ? nodeString(args[1]) : '';
    let v: GoValue;
    try {
      v = (b.impl as NonNullable<typeof b.impl>)(argv, flags, callee);
    } catch (e) {
      this.node = node;
      throw this.error(`error calling ${name}: ${errorText(e)}`, { funcName: name, cause: e });
    }
    this.resFlags = builtinResultFlags(name);
    return v;
  }

  /** An argument converted to parameter type `t` (null: no type, as for a chain's receiver). */
  private evalArg(dot: GoValue, dotFlags: number, t: ParamKind | null, n: ArgNode): GoValue {
    this.node = n;
    switch (n.type) {
      case 'dot':
        return this.validateType(dot, dotFlags, t);
      case 'nil':
        if (t === null || canBeNil(t)) {
          this.resFlags = 0;
          return null;
        }
        this.errorf(`cannot assign nil to ${PARAM_TYPE_NAMES[t]}`);
      // falls through (errorf throws)
      case 'field': {
        const v = this.evalFieldNode(dot, dotFlags, n, null, MISSING);
        return this.validateType(v, this.resFlags, t);
      }
      case 'variable': {
        const v = this.evalVariableNode(dot, dotFlags, n, null, MISSING);
        return this.validateType(v, this.resFlags, t);
      }
      case 'pipe': {
        const v = this.evalPipeline(dot, dotFlags, n);
        return this.validateType(v, this.resFlags, t);
      }
      case 'identifier': {
        const v = this.evalFunction(dot, dotFlags, n, n, null, MISSING);
        return this.validateType(v, this.resFlags, t);
      }
      case 'chain': {
        const v = this.evalChainNode(dot, dotFlags, n, null, MISSING);
        return this.validateType(v, this.resFlags, t);
      }
    }
    // A constant: converted by the parameter's type, as Go converts an ideal constant.
    this.resFlags = 0;
    switch (t) {
      case null:
      case 'any':
      case 'value':
        if (n.type === 'bool') return n.value;
        if (n.type === 'string') return n.text;
        return this.idealConstant(n);
      case 'bool':
        if (n.type === 'bool') return n.value;
        this.errorf(`expected bool; found ${nodeString(n)}`);
      // falls through (errorf throws)
      case 'string':
        if (n.type === 'string') return n.text;
        this.errorf(`expected string; found ${nodeString(n)}`);
      // falls through (errorf throws)
      case 'int':
      case 'int64':
        if (n.type === 'number' && n.isInt) {
          this.resFlags = t === 'int' ? INT : 0;
          return n.int;
        }
        this.errorf(`expected integer; found ${nodeString(n)}`);
      // falls through (errorf throws)
      case 'uint32':
        if (n.type === 'number' && n.isUint) return n.uint;
        this.errorf(`expected unsigned integer; found ${nodeString(n)}`);
      // falls through (errorf throws)
      case 'float64':
        if (n.type === 'number' && n.isFloat) return n.float;
        this.errorf(`expected float; found ${nodeString(n)}`);
    }
    this.errorf(`can't handle ${nodeString(n)} for arg of type ${PARAM_TYPE_NAMES[t]}`);
  }

  /** Go's validateType: the value must be assignable to the parameter type; no conversions. */
  private validateType(v: GoValue, flags: number, t: ParamKind | null): GoValue {
    this.resFlags = flags;
    if (t === null || t === 'value' || t === 'any') return v;
    const name = PARAM_TYPE_NAMES[t];
    if (v === null) {
      if (flags & IFACE) this.errorf(`wrong type for value; expected ${name}; got interface {}`);
      if (canBeNil(t)) return null;
      this.errorf(`invalid value; expected ${name}`);
    }
    let ok: boolean;
    switch (t) {
      case 'string':
        ok = typeof v === 'string';
        break;
      case 'int':
      case 'int64':
      case 'uint32':
        ok = typeof v === 'bigint';
        break;
      case 'float64':
        ok = typeof v === 'number';
        break;
      case 'bool':
        ok = typeof v === 'boolean';
        break;
      case 'map':
        ok = isGoMap(v);
        break;
      case 'list':
        ok = Array.isArray(v);
        break;
      case 'time':
        ok = v instanceof GoObject && v.goType === 'time.Time';
        break;
    }
    if (!ok) this.errorf(`wrong type for value; expected ${name}; got ${goTypeName(v)}`);
    return v;
  }
}

function canBeNil(t: ParamKind): boolean {
  return t === 'any' || t === 'value' || t === 'map' || t === 'list';
}

function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
