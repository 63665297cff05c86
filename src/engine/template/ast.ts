// The parse tree of a template, shaped like Go's text/template/parse nodes so that execution and
// error messages can follow Go step by step. `pos` is the index in the source text where Go's node
// position points; `nodeString` prints a node as Go's String() does (the `<...>` of exec errors).
import { quote } from '../go/strconv';

/** The source a node came from: the name Go calls ParseName (the file) and its full text. */
export interface Source {
  readonly parseName: string;
  readonly text: string;
}

interface Base {
  readonly pos: number;
  readonly src: Source;
}

export interface TextNode extends Base {
  readonly type: 'text';
  readonly text: string;
}
export interface CommentNode extends Base {
  readonly type: 'comment';
  readonly text: string;
}
export interface ActionNode extends Base {
  readonly type: 'action';
  readonly pipe: PipeNode;
}
export interface PipeNode extends Base {
  readonly type: 'pipe';
  readonly isAssign: boolean;
  readonly decl: VariableNode[];
  readonly cmds: CommandNode[];
}
export interface CommandNode extends Base {
  readonly type: 'command';
  readonly args: ArgNode[];
}
export interface IdentifierNode extends Base {
  readonly type: 'identifier';
  readonly ident: string;
}
export interface VariableNode extends Base {
  readonly type: 'variable';
  /** `$x.a.b` is ["$x", "a", "b"]. */
  readonly ident: string[];
}
export interface DotNode extends Base {
  readonly type: 'dot';
}
export interface NilNode extends Base {
  readonly type: 'nil';
}
export interface FieldNode extends Base {
  readonly type: 'field';
  /** `.a.b` is ["a", "b"]. */
  readonly ident: string[];
}
export interface ChainNode extends Base {
  readonly type: 'chain';
  readonly node: ArgNode;
  readonly field: string[];
}
export interface BoolNode extends Base {
  readonly type: 'bool';
  readonly value: boolean;
}
export interface NumberNode extends Base {
  readonly type: 'number';
  readonly text: string;
  readonly isInt: boolean;
  readonly isUint: boolean;
  readonly isFloat: boolean;
  readonly isComplex: boolean;
  /** The value as a signed integer, when isInt. */
  readonly int: bigint;
  /** The value as an unsigned integer, when isUint. */
  readonly uint: bigint;
  readonly float: number;
  /** Written as a float (a '.', exponent...): with no type to convert to, it is a float64. */
  readonly floatSyntax: boolean;
}
export interface StringNode extends Base {
  readonly type: 'string';
  /** The literal as written, quotes included. */
  readonly quoted: string;
  readonly text: string;
}
export interface ListNode extends Base {
  readonly type: 'list';
  readonly nodes: Node[];
}
export interface BranchNode extends Base {
  readonly type: 'if' | 'range' | 'with';
  readonly pipe: PipeNode;
  readonly list: ListNode;
  readonly elseList: ListNode | null;
}
export interface TemplateNode extends Base {
  readonly type: 'template';
  readonly name: string;
  readonly pipe: PipeNode | null;
}
export interface BreakNode extends Base {
  readonly type: 'break';
}
export interface ContinueNode extends Base {
  readonly type: 'continue';
}
/** {{end}} and {{else}}: returned by the parser while parsing, never kept in a tree. */
export interface EndNode extends Base {
  readonly type: 'end';
}
export interface ElseNode extends Base {
  readonly type: 'else';
}

/** What may appear as an argument of a command. */
export type ArgNode =
  | IdentifierNode
  | VariableNode
  | DotNode
  | NilNode
  | FieldNode
  | ChainNode
  | BoolNode
  | NumberNode
  | StringNode
  | PipeNode;

export type Node =
  | TextNode
  | CommentNode
  | ActionNode
  | ListNode
  | BranchNode
  | TemplateNode
  | BreakNode
  | ContinueNode
  | EndNode
  | ElseNode
  | CommandNode
  | ArgNode;

/** A parsed template: its name and its body. */
export interface Tree {
  readonly name: string;
  readonly root: ListNode;
  readonly src: Source;
}

/** The node as Go's Node.String() prints it. */
export function nodeString(n: Node): string {
  const out: string[] = [];
  writeNode(n, out);
  return out.join('');
}

function writeNode(n: Node, out: string[]): void {
  switch (n.type) {
    case 'text':
      out.push(n.text);
      return;
    case 'comment':
      out.push('{{', n.text, '}}');
      return;
    case 'action':
      out.push('{{');
      writeNode(n.pipe, out);
      out.push('}}');
      return;
    case 'pipe':
      if (n.decl.length > 0) {
        n.decl.forEach((v, i) => {
          if (i > 0) out.push(', ');
          writeNode(v, out);
        });
        out.push(' := ');
      }
      n.cmds.forEach((c, i) => {
        if (i > 0) out.push(' | ');
        writeNode(c, out);
      });
      return;
    case 'command':
      n.args.forEach((a, i) => {
        if (i > 0) out.push(' ');
        if (a.type === 'pipe') {
          out.push('(');
          writeNode(a, out);
          out.push(')');
        } else writeNode(a, out);
      });
      return;
    case 'identifier':
      out.push(n.ident);
      return;
    case 'variable':
      out.push(n.ident.join('.'));
      return;
    case 'dot':
      out.push('.');
      return;
    case 'nil':
      out.push('nil');
      return;
    case 'field':
      for (const id of n.ident) out.push('.', id);
      return;
    case 'chain':
      if (n.node.type === 'pipe') {
        out.push('(');
        writeNode(n.node, out);
        out.push(')');
      } else writeNode(n.node, out);
      for (const f of n.field) out.push('.', f);
      return;
    case 'bool':
      out.push(n.value ? 'true' : 'false');
      return;
    case 'number':
      out.push(n.text);
      return;
    case 'string':
      out.push(n.quoted);
      return;
    case 'list':
      for (const c of n.nodes) writeNode(c, out);
      return;
    case 'if':
    case 'range':
    case 'with':
      out.push('{{', n.type, ' ');
      writeNode(n.pipe, out);
      out.push('}}');
      writeNode(n.list, out);
      if (n.elseList) {
        out.push('{{else}}');
        writeNode(n.elseList, out);
      }
      out.push('{{end}}');
      return;
    case 'template':
      out.push('{{template ', quote(n.name));
      if (n.pipe) {
        out.push(' ');
        writeNode(n.pipe, out);
      }
      out.push('}}');
      return;
    case 'break':
      out.push('{{break}}');
      return;
    case 'continue':
      out.push('{{continue}}');
      return;
    case 'end':
      out.push('{{end}}');
      return;
    case 'else':
      out.push('{{else}}');
      return;
  }
}

/** Go's parse.IsEmptyTree: nothing but spaces and comments. */
export function isEmptyTree(n: Node): boolean {
  switch (n.type) {
    case 'comment':
      return true;
    case 'list':
      return n.nodes.every(isEmptyTree);
    case 'text':
      return isGoSpaceOnly(n.text);
    default:
      return false;
  }
}

/** bytes.TrimSpace uses unicode.IsSpace, which differs slightly from JavaScript's trim. */
function isGoSpaceOnly(s: string): boolean {
  for (const ch of s) {
    const c = ch.codePointAt(0) as number;
    const space =
      c === 0x20 ||
      (c >= 0x09 && c <= 0x0d) ||
      c === 0x85 ||
      c === 0xa0 ||
      c === 0x1680 ||
      (c >= 0x2000 && c <= 0x200a) ||
      c === 0x2028 ||
      c === 0x2029 ||
      c === 0x202f ||
      c === 0x205f ||
      c === 0x3000;
    if (!space) return false;
  }
  return true;
}
